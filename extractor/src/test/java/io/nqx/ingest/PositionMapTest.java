package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PositionMapTest {

  @Test
  void contiguousCopiesShareOneSegment() {
    PositionMap.Builder b = new PositionMap.Builder();
    for (int src = 10; src < 20; src++) {
      b.append(src);
    }
    PositionMap map = b.build(new int[] {0, 5, 15});
    assertThat(map.segmentCount()).isEqualTo(1);
    assertThat(map.sourceOffset(0)).isEqualTo(10);
    assertThat(map.sourceOffset(9)).isEqualTo(19);
    assertThat(map.position(0)).isEqualTo(new SourcePosition(2, 6));
    assertThat(map.position(5)).isEqualTo(new SourcePosition(3, 1));
  }

  @Test
  void skippedAndRepeatedSourceOffsetsStartNewSegments() {
    PositionMap.Builder b = new PositionMap.Builder();
    b.append(0);
    b.append(1);
    b.append(5); // two source characters were dropped
    b.append(5); // one source character became two
    b.append(6);
    PositionMap map = b.build(new int[] {0});
    assertThat(map.segmentCount()).isEqualTo(3);
    assertThat(map.sourceOffset(2)).isEqualTo(5);
    assertThat(map.sourceOffset(3)).isEqualTo(5);
    assertThat(map.sourceOffset(4)).isEqualTo(6);
    assertThat(map.sourceOffset(5)).isEqualTo(7);
  }

  @Test
  void offsetsOutsideTheTextAreRejected() {
    PositionMap.Builder b = new PositionMap.Builder();
    b.append(0);
    PositionMap map = b.build(new int[] {0});
    assertThatThrownBy(() -> map.sourceOffset(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> map.sourceOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
