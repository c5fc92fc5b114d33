package io.nqx.tasks;

import io.nqx.agencies.AgencyDictionary;
import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.facts.DocumentInfo;
import io.nqx.sections.Outline;
import io.nqx.sentences.Sentences;
import io.nqx.tables.Tables;
import java.util.List;
import java.util.Set;

/** Adds the assignments of a document ({@link Task#LAYER}), their bodies named by an agency dictionary's codes. */
public final class TaskStage implements Stage<List<Task>> {
  private final AgencyDictionary agencies;
  private final TaskReader reader;

  public TaskStage(AgencyDictionary agencies) {
    this.agencies = agencies;
    this.reader = new TaskReader(agencies);
  }

  public AgencyDictionary agencies() {
    return agencies;
  }

  @Override
  public Layer<List<Task>> adds() {
    return Task.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER, Sentences.LAYER, Tables.LAYER, DocumentInfo.LAYER);
  }

  @Override
  public List<Task> apply(Doc doc) {
    DocumentInfo info = doc.get(DocumentInfo.LAYER);
    List<Task> tasks = reader.read(doc.text(), doc.get(Outline.LAYER), doc.get(Sentences.LAYER),
        doc.get(Tables.LAYER), info.year());
    if (doc.text().ocrPages().isEmpty()) {
      return List.copyOf(tasks);
    }
    // the passage's words: the agency's name alone is a few words, what was assigned is the rest
    return tasks.stream().map(t -> t.withConfidence(doc.text().ocrConfidence(t.start(),
        Math.max(t.end(), t.start() + t.passage().length())))).toList();
  }
}
