package io.nqx.targets;

import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import io.nqx.sections.SectionParser;
import java.util.List;

/** Everything nqx reads from one document: its outline, what it says about itself, and its targets. */
public record ExtractedDocument(SourceText text, Outline outline, DocumentInfo info, List<Target> targets) {
  public ExtractedDocument {
    targets = List.copyOf(targets);
  }

  /** Runs section detection, document facts and target extraction over a read document. */
  public static ExtractedDocument of(SourceText text, TargetExtractor extractor) {
    Outline outline = SectionParser.parse(text);
    return new ExtractedDocument(text, outline, DocumentInfoReader.read(text, outline),
        extractor.extract(text, outline));
  }
}
