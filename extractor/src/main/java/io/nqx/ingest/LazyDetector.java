package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
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
    MediaType base = type.getBaseType();
    Detector container = ZIP.contains(base) ? Containers.ZIP_DETECTOR
        : OLE2.contains(base) ? Containers.OLE2_DETECTOR : null;
    if (container == null) {
      return type;
    }
    MediaType inside = container.detect(input, metadata);
    return inside == null || MediaType.OCTET_STREAM.equals(inside) ? type : inside;
  }
}
