package io.jrados.client.api;

import io.jrados.client.internal.osd.OpText;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osd.AssertVersionOp;
import io.jrados.protocol.osd.CallOp;
import io.jrados.protocol.osd.DataOps;
import io.jrados.protocol.osd.OmapOps;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.OsdOpResult;
import io.jrados.protocol.osd.StatOp;
import io.jrados.protocol.osd.XattrOps;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Several reads of one object, answered together from one consistent state of it (librados' {@code
 * ObjectReadOperation}). Each read returns a {@link Result} that holds its value once {@link
 * IoCtx#operate(String, ReadOperation)} completed. An operation is used once.
 *
 * <pre>{@code
 * ReadOperation op = new ReadOperation();
 * ReadOperation.Result<ObjectStat> st = op.stat();
 * ReadOperation.Result<byte[]> head = op.read(0, 4096);
 * io.operate("obj", op);
 * long size = st.get().size();
 * }</pre>
 */
public final class ReadOperation {
  private final List<OsdOp> ops = new ArrayList<>();
  private final List<Result<?>> results = new ArrayList<>();
  private final List<Supplier<String>> described = new ArrayList<>();
  private boolean used;

  /** The value of one read of a compound operation, set when the operation completed. */
  public static final class Result<T> {
    private final Function<ByteBuf, T> parse;
    private T value;
    private boolean done;

    private Result(Function<ByteBuf, T> parse) {
      this.parse = parse;
    }

    /** The value; throws {@link IllegalStateException} before the operation completed. */
    public T get() {
      if (!done) {
        throw new IllegalStateException("the operation has not completed");
      }
      return value;
    }

    void complete(OsdOpResult r) {
      value = parse.apply(r.outdata());
      done = true;
    }
  }

  /** Reads up to {@code length} bytes at {@code offset} (fewer at the end of the object). */
  public Result<byte[]> read(long offset, int length) {
    return add(
        DataOps.read(offset, length), ByteBufUtil::getBytes, "read " + length + " at " + offset);
  }

  /** The object's size and modification time. */
  public Result<ObjectStat> stat() {
    return add(StatOp.stat(), b -> toStat(StatOp.parse(b)), "stat");
  }

  /** One extended attribute's value; the operation fails with ENODATA if it is absent. */
  public Result<byte[]> getXattr(String name) {
    return add(
        XattrOps.getxattr(SurrogateEscape.encode(name)),
        XattrOps::parseGetxattr,
        "getxattr " + name);
  }

  /** Every extended attribute, by name. */
  public Result<SortedMap<String, byte[]>> getXattrs() {
    return add(XattrOps.getxattrs(), ReadOperation::xattrsByName, "getxattrs");
  }

  private static SortedMap<String, byte[]> xattrsByName(ByteBuf outdata) {
    return decodedKeys(XattrOps.parseGetxattrsRaw(outdata));
  }

  /** Fails the operation with ECANCELED unless the attribute compares as asked, bytewise. */
  public ReadOperation cmpXattr(String name, CmpOp op, byte[] value) {
    add(
        XattrOps.cmpxattr(SurrogateEscape.encode(name), op.code, value),
        b -> null,
        "cmpxattr " + name);
    return this;
  }

  /** Fails the operation with ECANCELED unless the attribute compares as asked, as a number. */
  public ReadOperation cmpXattr(String name, CmpOp op, long value) {
    add(
        XattrOps.cmpxattrU64(SurrogateEscape.encode(name), op.code, value),
        b -> null,
        "cmpxattr " + name);
    return this;
  }

  /**
   * Up to {@code max} omap keys after {@code startAfter} (null or "": from the first; values
   * empty). Keys that are not UTF-8 come as {@link IoCtx} gives names: each such byte as the lone
   * surrogate U+DC80..U+DCFF, a form the other omap methods take back as the same bytes.
   */
  public Result<OmapPage> omapGetKeys(String startAfter, int max) {
    return add(
        OmapOps.getKeys(key(startAfter), max),
        b -> {
          SortedMap<String, byte[]> m = new TreeMap<>(OmapPage.KEY_ORDER);
          OmapOps.RawKeys p = OmapOps.parseRawKeys(b);
          for (byte[] k : p.keys()) {
            m.put(SurrogateEscape.decode(k), new byte[0]);
          }
          return new OmapPage(m, p.more());
        },
        "omap get keys");
  }

  /**
   * Up to {@code max} omap entries after {@code startAfter} whose keys start with {@code prefix}.
   * Keys as {@link #omapGetKeys} gives them.
   */
  public Result<OmapPage> omapGetVals(String startAfter, String prefix, int max) {
    return add(
        OmapOps.getVals(key(startAfter), key(prefix), max),
        b -> {
          OmapOps.RawVals p = OmapOps.parseRawVals(b);
          return new OmapPage(decodedKeys(p.entries()), p.more());
        },
        "omap get vals");
  }

  /** The omap entries for these keys (absent keys are left out). */
  public Result<SortedMap<String, byte[]>> omapGetValsByKeys(Set<String> keys) {
    List<byte[]> raw = new ArrayList<>(keys.size());
    keys.forEach(k -> raw.add(SurrogateEscape.encode(k)));
    return add(
        OmapOps.getRawValsByKeys(raw),
        b -> decodedKeys(OmapOps.parseRawValsByKeys(b)),
        "omap get by keys");
  }

  private static byte[] key(String k) {
    return k == null ? new byte[0] : SurrogateEscape.encode(k);
  }

  /**
   * Keys (omap keys, xattr names) decoded as {@link IoCtx} reads names (U+DC80..U+DCFF for bytes
   * that are not UTF-8), in the OSD's order: their bytes, unsigned ({@link OmapPage#KEY_ORDER}).
   */
  private static SortedMap<String, byte[]> decodedKeys(Map<byte[], byte[]> raw) {
    SortedMap<String, byte[]> out = new TreeMap<>(OmapPage.KEY_ORDER);
    raw.forEach((k, v) -> out.put(SurrogateEscape.decode(k), v));
    return out;
  }

  /**
   * Up to {@code max} omap keys after {@code startAfter} (empty: from the first), each with its
   * exact bytes: for keys that need not be UTF-8.
   */
  public Result<OmapRawPage> omapGetKeysRaw(byte[] startAfter, int max) {
    return add(
        OmapOps.getKeys(startAfter.clone(), max),
        b -> {
          OmapOps.RawKeys p = OmapOps.parseRawKeys(b);
          SortedMap<byte[], byte[]> m = new TreeMap<>(OmapOps.KEY_ORDER);
          for (byte[] k : p.keys()) {
            m.put(k, new byte[0]);
          }
          return new OmapRawPage(m, p.more());
        },
        "omap get keys");
  }

  /**
   * Up to {@code max} omap entries after {@code startAfter} whose keys start with {@code prefix}
   * (empty for all), each key with its exact bytes.
   */
  public Result<OmapRawPage> omapGetValsRaw(byte[] startAfter, byte[] prefix, int max) {
    return add(
        OmapOps.getVals(startAfter.clone(), prefix.clone(), max),
        b -> {
          OmapOps.RawVals p = OmapOps.parseRawVals(b);
          return new OmapRawPage(p.entries(), p.more());
        },
        "omap get vals");
  }

  /** The omap entries for these keys of any bytes (absent keys are left out). */
  public Result<SortedMap<byte[], byte[]>> omapGetValsByKeysRaw(Collection<byte[]> keys) {
    return add(
        OmapOps.getRawValsByKeys(copies(keys)), OmapOps::parseRawValsByKeys, "omap get by keys");
  }

  /** The omap header (empty if none was set). */
  public Result<byte[]> omapGetHeader() {
    return add(OmapOps.getHeader(), OmapOps::parseHeader, "omap get header");
  }

  /** Fails the operation with ENOENT unless the object exists. */
  public ReadOperation assertExists() {
    add(StatOp.assertExists(), b -> null, "assert exists");
    return this;
  }

  /** Fails the operation unless the object's version is {@code version}. */
  public ReadOperation assertVersion(long version) {
    add(AssertVersionOp.assertVersion(version), b -> null, "assert version " + version);
    return this;
  }

  /** Fails the operation unless the object's bytes at {@code offset} equal {@code expected}. */
  public ReadOperation cmpExt(long offset, byte[] expected) {
    add(DataOps.cmpext(offset, Unpooled.wrappedBuffer(expected)), b -> null, "cmpext at " + offset);
    return this;
  }

  /** Calls a read-only object class method; its output. */
  public Result<byte[]> exec(String cls, String method, byte[] input) {
    return add(
        CallOp.call(cls, method, Unpooled.wrappedBuffer(input)),
        ByteBufUtil::getBytes,
        "exec " + cls + "." + method);
  }

  private <T> Result<T> add(OsdOp op, Function<ByteBuf, T> parse, String what) {
    if (used) {
      op.release();
      throw new IllegalStateException("this ReadOperation was already submitted");
    }
    Result<T> r = new Result<>(parse);
    ops.add(op);
    results.add(r);
    described.add(OpText.of(what));
    return r;
  }

  /** Copies, so a caller changing its arrays after the call changes nothing sent. */
  static List<byte[]> copies(Collection<byte[]> keys) {
    List<byte[]> out = new ArrayList<>(keys.size());
    keys.forEach(k -> out.add(k.clone()));
    return out;
  }

  private static ObjectStat toStat(StatOp.ObjectStat s) {
    return new ObjectStat(s.size(), s.mtime().toInstant());
  }

  List<OsdOp> take() {
    if (used) {
      throw new IllegalStateException("this ReadOperation was already submitted");
    }
    if (ops.isEmpty()) {
      throw new IllegalArgumentException("an empty ReadOperation reads nothing");
    }
    used = true;
    return Collections.unmodifiableList(ops);
  }

  /** Parses each op's output into its result. */
  void complete(List<OsdOpResult> replies) {
    for (int i = 0; i < results.size() && i < replies.size(); i++) {
      results.get(i).complete(replies.get(i));
    }
  }

  /** What the operation does, for messages: its ops' descriptions, joined. */
  String describe() {
    return description().get();
  }

  /** {@link #describe()}, made only when a message needs it. */
  Supplier<String> description() {
    return new Described(described);
  }
}
