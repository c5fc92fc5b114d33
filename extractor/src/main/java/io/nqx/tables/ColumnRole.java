package io.nqx.tables;

/** What a table's column holds, as its header words say. */
public enum ColumnRole {
  /** Row numbers: "TT", "STT". */
  LABEL("label"),
  /** What each row is about: "Chỉ tiêu", "Nội dung", "Tên chỉ tiêu", "Nhiệm vụ". */
  ITEM("item"),
  /** "Đơn vị", "ĐVT", "Đơn vị tính". */
  UNIT("unit"),
  /** A figure to reach: "Kết quả", "Mục tiêu", "Năm 2030", "Đến năm 2030", "Giai đoạn 2026-2030", "Mức thu". */
  VALUE("value"),
  /** A figure reached: "Hiện trạng", "Thực hiện năm 2020", "Năm 2020" in a later document. */
  BASELINE("baseline"),
  /** "Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan theo dõi". */
  LEAD("lead"),
  /** "Cơ quan phối hợp", "Đơn vị phối hợp". */
  PARTNERS("partners"),
  /** "Thời gian hoàn thành", "Thời hạn", "Tiến độ". */
  DEADLINE("deadline"),
  /** What a task delivers: "Sản phẩm", "Kết quả" of a task table. */
  PRODUCT("product"),
  /** "Ghi chú". */
  NOTE("note"),
  /** A header nqx does not know, or none. */
  OTHER("other");

  private final String id;

  ColumnRole(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
