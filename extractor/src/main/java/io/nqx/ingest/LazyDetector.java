package io.nqx.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's detection in two steps: its magic-number detector first, and only for a zip or OLE2 container the
 * container detectors that look inside (and load POI and Commons Compress). A .txt, .html, .rtf or .pdf is
 * told apart without touching those classes; Tika's DefaultDetector would load them all for every file.
 */
final class LazyDetector implements Detector {
  private static final long serialVersionUID = 1L;
  private static final Set<MediaType> ZIP = Set.of(MediaType.application("zip"),
      MediaType.application("x-tika-ooxml"), MediaType.application("java-archive"));
  private static final Set<MediaType> OLE2 = Set.of(MediaType.application("x-tika-msoffice"),
      MediaType.application("x-tika-ooxml-protected"));

  private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

  /** Built on first use: loading them is what the two steps save. */
  private static final class Containers {
    static final Detector ZIP_DETECTOR = new DefaultZipContainerDetector();
    static final Detector OLE2_DETECTOR = new POIFSContainerDetector();
  }

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    MediaType type = magic.detect(input, metadata);
    Detector container = containerDetectorFor(type);
    return container == null ? type : inside(type, container.detect(input, metadata));
  }

  /**
   * The type of a document held in memory. The magic step reads a plain byte stream; only a container is
   * wrapped in a TikaInputStream for the detector that opens it (a TikaInputStream tags itself with a random
   * UUID, and the SecureRandom behind that is a start-up cost a .txt need not pay).
   */
  MediaType detect(byte[] bytes) throws IOException {
    Metadata metadata = new Metadata();
    MediaType type = magic.detect(new ByteArrayInputStream(bytes), metadata);
    Detector container = containerDetectorFor(type);
    if (container == null) {
      return type;
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return inside(type, container.detect(in, metadata));
    }
  }

  private static Detector containerDetectorFor(MediaType type) {
    MediaType base = type.getBaseType();
    return ZIP.contains(base) ? Containers.ZIP_DETECTOR : OLE2.contains(base) ? Containers.OLE2_DETECTOR : null;
  }

  private static MediaType inside(MediaType outer, MediaType inside) {
    return inside == null || MediaType.OCTET_STREAM.equals(inside) ? outer : inside;
  }
}
