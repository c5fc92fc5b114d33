package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * For HTML that declares no charset: UTF-8 when the bytes are valid UTF-8, else Windows-1258, the same rule
 * as {@link PlainTextDecoder}. Tika's own fallback would take Vietnamese UTF-8 for ISO-8859-1.
 */
final class VietnameseEncodingDetector implements EncodingDetector {
  private static final int SAMPLE = 1 << 16;

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(SAMPLE);
    byte[] sample;
    try {
      sample = input.readNBytes(SAMPLE);
    } finally {
      input.reset();
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // A sample may end inside a multi-byte character: drop up to three trailing bytes before judging.
    for (int cut = 0; cut <= Math.min(3, sample.length); cut++) {
      try {
        utf8.reset().decode(ByteBuffer.wrap(sample, 0, sample.length - cut));
        return StandardCharsets.UTF_8;
      } catch (CharacterCodingException e) {
        if (sample.length < SAMPLE) {
          break; // the whole input was read: no cut-off character to blame
        }
      }
    }
    return PlainTextDecoder.WINDOWS_1258;
  }
}
