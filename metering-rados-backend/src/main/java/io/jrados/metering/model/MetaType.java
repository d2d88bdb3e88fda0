package io.jrados.metering.model;

/** The SDK's metadata types. */
public enum MetaType {
  /** Logical cluster metadata. */
  LOGIC("logic"),
  /** Shared pool metadata. */
  SHAREDPOOL("sharedpool");

  private final String wireName;

  MetaType(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in paths and JSON. */
  public String wireName() {
    return wireName;
  }

  /** Parses a wire name, with the SDK's error message for anything else. */
  public static MetaType parse(String name) {
    for (MetaType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "invalid metadata type: " + name + ", must be one of: logic, sharedpool");
  }
}
