package io.nqx.cli;

/**
 * A command that runs until it is stopped (a service), unlike the commands that read their inputs and exit:
 * the launcher gives its JVM the full JIT, since whatever it compiles pays off over the service's life.
 */
interface LongRunning {}
