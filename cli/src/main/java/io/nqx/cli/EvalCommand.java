package io.nqx.cli;

import io.nqx.document.Pipeline;
import io.nqx.eval.Evaluation;
import io.nqx.eval.GoldReader;
import io.nqx.eval.GoldRecord;
import io.nqx.eval.GoldTask;
import io.nqx.eval.TaskEvaluation;
import io.nqx.eval.Score;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.targets.Kind;
import io.nqx.targets.Target;
import io.nqx.tasks.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx eval}: extraction against hand-made gold annotations. */
@Command(
    header = "Score extraction against gold annotations (precision, recall, F1).",
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Score extraction against gold annotations (DIR/<doc>.jsonl, where <doc> is the start of the file's "
        + "name up to its first '_' or '.'): precision, recall and F1 per document and overall, strict "
        + "(indicator, comparator, value, value_max, unit) and lenient (value, value_max, unit), with each miss "
        + "and false alarm. Borderline gold records count neither way."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files scored", "1:some files failed (a document, or its gold file; the others were "
        + "scored)", "2:usage error, or no file could be scored"})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of <doc>.jsonl gold files.")
  Path gold;

  @Mixin
  KindsOption kinds;

  @Option(names = "--tasks", description = "Score assignments instead of targets, against gold assignments "
      + "(fixtures/gold/TASKS.md): agency precision, recall and F1, then the accuracy of directs, co_agencies, "
      + "deadline and deliverable on the matched records.")
  boolean tasks;

  /** One document scored against its gold file, kind by kind. */
  private record Scored(Path goldFile, Map<Kind, Evaluation> evaluations) {}

  /** One document's assignments scored against its gold file. */
  private record ScoredTasks(Path goldFile, TaskEvaluation evaluation) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(spec.commandLine(), gold + ": no such directory");
    }
    if (tasks) {
      return scoreTasks(out);
    }
    Pipeline pipeline = extraction.pipeline(spec.commandLine());
    Ingestor ingestor = extraction.read.ingestor();
    Set<Kind> chosen = kinds.kinds();
    Map<Kind, Score[]> totals = new EnumMap<>(Kind.class);
    chosen.forEach(k -> totals.put(k, new Score[] {new Score(0, 0, 0), new Score(0, 0, 0)}));
    Runner.Counts counts = extraction.read.run(spec.commandLine(), input -> {
      SourceText text = input.read(ingestor);
      Path goldFile = goldFor(input.name());
      List<GoldRecord> records;
      try {
        records = GoldReader.read(goldFile);
      } catch (IOException e) {
        throw new FileException("gold " + e.getMessage(), e);
      }
      List<Target> rows = pipeline.run(text).get(Target.LAYER);
      Map<Kind, Evaluation> byKind = new EnumMap<>(Kind.class);
      for (Kind k : chosen) {
        byKind.put(k, Evaluation.of(records.stream().filter(g -> g.kind().equals(k.id())).toList(),
            rows.stream().filter(t -> t.kind() == k).toList()));
      }
      return new Scored(goldFile, byKind);
    }, outcome -> {
      if (outcome.failed()) {
        return;
      }
      out.printf("%s (gold %s)%n", outcome.input().name(), outcome.result().goldFile().getFileName());
      outcome.result().evaluations().forEach((k, e) -> {
        Score[] total = totals.get(k);
        total[0] = total[0].plus(e.strict());
        total[1] = total[1].plus(e.lenient());
        print(out, label(k, chosen), e);
      });
    });
    out.println("overall");
    totals.forEach((k, total) -> {
      out.println("  " + label(k, chosen) + "strict  " + figures(total[0]));
      out.println("  " + label(k, chosen) + "lenient " + figures(total[1]));
    });
    out.flush();
    return counts.exitCode();
  }

  private int scoreTasks(PrintWriter out) throws InterruptedException {
    Pipeline pipeline = extraction.pipeline(spec.commandLine());
    Ingestor ingestor = extraction.read.ingestor();
    TaskEvaluation[] total = {TaskEvaluation.empty()};
    Runner.Counts counts = extraction.read.run(spec.commandLine(), input -> {
      SourceText text = input.read(ingestor);
      Path goldFile = goldFor(input.name());
      List<GoldTask> records;
      try {
        records = GoldReader.readTasks(goldFile);
      } catch (IOException e) {
        throw new FileException("gold " + e.getMessage(), e);
      }
      return new ScoredTasks(goldFile, TaskEvaluation.of(records,
          pipeline.run(text, Set.of(Task.LAYER)).get(Task.LAYER)));
    }, outcome -> {
      if (outcome.failed()) {
        return;
      }
      TaskEvaluation e = outcome.result().evaluation();
      total[0] = total[0].plus(e);
      out.printf("%s (gold %s)%n", outcome.input().name(), outcome.result().goldFile().getFileName());
      printTasks(out, e);
      for (GoldTask g : e.misses()) {
        out.printf("  miss         line %d  %s%n", g.line(), g.agency());
      }
      for (Task t : e.falseAlarms()) {
        out.printf("  false alarm  line %d  %s%n", t.line(), t.agency());
      }
      for (String d : e.disagreements()) {
        out.printf("  wrong        %s%n", d);
      }
    });
    out.println("overall");
    printTasks(out, total[0]);
    out.flush();
    return counts.exitCode();
  }

  private static void printTasks(PrintWriter out, TaskEvaluation e) {
    out.println("  agency  " + figures(e.agency()));
    StringBuilder fields = new StringBuilder(" ");
    for (TaskEvaluation.FieldScore f : e.fields()) {
      fields.append(String.format(Locale.ROOT, " %s %d/%d (%.3f)", f.field(), f.agree(), f.compared(), f.accuracy()));
    }
    out.println(fields);
  }

  /** Scores of targets alone are written as they always were; of several kinds, each under its name. */
  private static String label(Kind kind, Set<Kind> chosen) {
    return chosen.size() == 1 && kind == Kind.TARGET ? "" : "[" + kind.id() + "] ";
  }

  private static void print(PrintWriter out, String label, Evaluation e) {
    out.println("  " + label + "strict  " + figures(e.strict()));
    out.println("  " + label + "lenient " + figures(e.lenient()));
    for (GoldRecord g : e.misses()) {
      out.printf("  %smiss         line %d  %s %s %s%s %s  \"%s\"%n", label, g.line(), g.indicator(), g.comparator(),
          g.value().toPlainString(), g.valueMax() == null ? "" : "-" + g.valueMax().toPlainString(), g.unit(),
          g.valueText());
    }
    for (Target t : e.falseAlarms()) {
      out.printf("  %sfalse alarm  line %d  %s %s %s%s %s  \"%s\"%n", label, t.line(), t.indicator(),
          t.comparator().id(),
          t.value().toPlainString(), t.valueMax() == null ? "" : "-" + t.valueMax().toPlainString(), t.unit(),
          t.valueText());
    }
  }

  static String figures(Score s) {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.falsePositives(), s.falseNegatives());
  }

  /** The gold file of a document: DIR/<doc>.jsonl, <doc> being the name up to its first '_' or '.'. */
  private Path goldFor(String source) throws FileException {
    String name = Inputs.fileName(source);
    String doc = name.split("[_.]", 2)[0];
    Path file = gold.resolve(doc + ".jsonl");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try (Stream<Path> all = Files.list(gold)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .filter(p -> name.startsWith(p.getFileName().toString().replaceFirst("\\.jsonl$", "")))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new FileException("no gold file for it in " + gold, null));
    } catch (IOException e) {
      throw new FileException("cannot list " + gold + ": " + e.getMessage(), e);
    }
  }
}
