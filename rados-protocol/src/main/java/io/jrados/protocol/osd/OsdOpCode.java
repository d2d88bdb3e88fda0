package io.jrados.protocol.osd;

import java.util.Map;

/**
 * OSD op codes ({@code CEPH_OSD_OP_*}, Ceph {@code src/include/rados.h}): {@code mode | type | n},
 * with mode RD 0x1000, WR 0x2000, RMW 0x3000, CACHE 0x8000 and type DATA 0x200, ATTR 0x300, EXEC
 * 0x400, PG 0x500. All client-visible codes of Pacific are listed, including those jrados does not
 * build, so that a reply or a capture can be named. Internal OSD-to-OSD codes (mode SUB) are left
 * out.
 */
public final class OsdOpCode {
  private OsdOpCode() {}

  /** Mode bits: the op reads. */
  public static final int MODE_RD = 0x1000;

  /** Mode bits: the op writes. */
  public static final int MODE_WR = 0x2000;

  /** Mode bits: the op is a cache-tier operation. */
  public static final int MODE_CACHE = 0x8000;

  /** Type mask. */
  public static final int TYPE_MASK = 0x0f00;

  /** Type of PG ops (listing), which address a PG rather than an object. */
  public static final int TYPE_PG = 0x0500;

  /** {@code read}. */
  public static final int READ = 0x1201;

  /** {@code stat}. */
  public static final int STAT = 0x1202;

  /** {@code mapext}. */
  public static final int MAPEXT = 0x1203;

  /** {@code masktrunc}. */
  public static final int MASKTRUNC = 0x1204;

  /** {@code sparse-read}. */
  public static final int SPARSE_READ = 0x1205;

  /** {@code notify}. */
  public static final int NOTIFY = 0x1206;

  /** {@code notify-ack}. */
  public static final int NOTIFY_ACK = 0x1207;

  /** {@code assert-version}. */
  public static final int ASSERT_VER = 0x1208;

  /** {@code list-watchers}. */
  public static final int LIST_WATCHERS = 0x1209;

  /** {@code list-snaps}. */
  public static final int LIST_SNAPS = 0x120a;

  /** {@code sync_read}. */
  public static final int SYNC_READ = 0x120b;

  /** {@code checksum}. */
  public static final int CHECKSUM = 0x121f;

  /** {@code cmpext}. */
  public static final int CMPEXT = 0x1220;

  /** {@code write}. */
  public static final int WRITE = 0x2201;

  /** {@code writefull}. */
  public static final int WRITEFULL = 0x2202;

  /** {@code truncate}. */
  public static final int TRUNCATE = 0x2203;

  /** {@code zero}. */
  public static final int ZERO = 0x2204;

  /** {@code delete}. */
  public static final int DELETE = 0x2205;

  /** {@code append}. */
  public static final int APPEND = 0x2206;

  /** {@code startsync}. */
  public static final int STARTSYNC = 0x2207;

  /** {@code settrunc}. */
  public static final int SETTRUNC = 0x2208;

  /** {@code trimtrunc}. */
  public static final int TRIMTRUNC = 0x2209;

  /** {@code tmapup}. */
  public static final int TMAPUP = 0x320a;

  /** {@code tmapput}. */
  public static final int TMAPPUT = 0x220b;

  /** {@code tmapget}. */
  public static final int TMAPGET = 0x120c;

  /** {@code create}. */
  public static final int CREATE = 0x220d;

  /** {@code rollback}. */
  public static final int ROLLBACK = 0x220e;

  /** {@code watch}. */
  public static final int WATCH = 0x220f;

  /** {@code omap-get-keys}. */
  public static final int OMAPGETKEYS = 0x1211;

  /** {@code omap-get-vals}. */
  public static final int OMAPGETVALS = 0x1212;

  /** {@code omap-get-header}. */
  public static final int OMAPGETHEADER = 0x1213;

  /** {@code omap-get-vals-by-keys}. */
  public static final int OMAPGETVALSBYKEYS = 0x1214;

  /** {@code omap-set-vals}. */
  public static final int OMAPSETVALS = 0x2215;

  /** {@code omap-set-header}. */
  public static final int OMAPSETHEADER = 0x2216;

  /** {@code omap-clear}. */
  public static final int OMAPCLEAR = 0x2217;

  /** {@code omap-rm-keys}. */
  public static final int OMAPRMKEYS = 0x2218;

  /** {@code omap-cmp}. */
  public static final int OMAP_CMP = 0x1219;

  /** {@code copy-from}. */
  public static final int COPY_FROM = 0x221a;

  /** {@code undirty}. */
  public static final int UNDIRTY = 0x221c;

  /** {@code isdirty}. */
  public static final int ISDIRTY = 0x121d;

  /** {@code copy-get}. */
  public static final int COPY_GET = 0x121e;

  /** {@code cache-flush}. */
  public static final int CACHE_FLUSH = 0x821f;

  /** {@code cache-evict}. */
  public static final int CACHE_EVICT = 0x8220;

  /** {@code cache-try-flush}. */
  public static final int CACHE_TRY_FLUSH = 0x8221;

  /** {@code tmap2omap}. */
  public static final int TMAP2OMAP = 0x3222;

  /** {@code set-alloc-hint}. */
  public static final int SETALLOCHINT = 0x2223;

  /** {@code cache-pin}. */
  public static final int CACHE_PIN = 0x2224;

  /** {@code cache-unpin}. */
  public static final int CACHE_UNPIN = 0x2225;

  /** {@code write-same}. */
  public static final int WRITESAME = 0x2226;

  /** {@code set-redirect}. */
  public static final int SET_REDIRECT = 0x2227;

  /** {@code set-chunk}. */
  public static final int SET_CHUNK = 0x2228;

  /** {@code tier-promote}. */
  public static final int TIER_PROMOTE = 0x2229;

  /** {@code getxattr}. */
  public static final int GETXATTR = 0x1301;

  /** {@code getxattrs}. */
  public static final int GETXATTRS = 0x1302;

  /** {@code cmpxattr}. */
  public static final int CMPXATTR = 0x1303;

  /** {@code setxattr}. */
  public static final int SETXATTR = 0x2301;

  /** {@code setxattrs}. */
  public static final int SETXATTRS = 0x2302;

  /** {@code resetxattrs}. */
  public static final int RESETXATTRS = 0x2303;

  /** {@code rmxattr}. */
  public static final int RMXATTR = 0x2304;

  /** {@code call}. */
  public static final int CALL = 0x1401;

  /** {@code pgls}. */
  public static final int PGLS = 0x1501;

  /** {@code pgls-filter}. */
  public static final int PGLS_FILTER = 0x1502;

  /** {@code pg-hitset-ls}. */
  public static final int PG_HITSET_LS = 0x1503;

  /** {@code pg-hitset-get}. */
  public static final int PG_HITSET_GET = 0x1504;

  /** {@code pgnls}. */
  public static final int PGNLS = 0x1505;

  /** {@code pgnls-filter}. */
  public static final int PGNLS_FILTER = 0x1506;

  /** {@code scrubls}. */
  public static final int SCRUBLS = 0x1507;

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(READ, "read"),
          Map.entry(STAT, "stat"),
          Map.entry(MAPEXT, "mapext"),
          Map.entry(MASKTRUNC, "masktrunc"),
          Map.entry(SPARSE_READ, "sparse-read"),
          Map.entry(NOTIFY, "notify"),
          Map.entry(NOTIFY_ACK, "notify-ack"),
          Map.entry(ASSERT_VER, "assert-version"),
          Map.entry(LIST_WATCHERS, "list-watchers"),
          Map.entry(LIST_SNAPS, "list-snaps"),
          Map.entry(SYNC_READ, "sync_read"),
          Map.entry(CHECKSUM, "checksum"),
          Map.entry(CMPEXT, "cmpext"),
          Map.entry(WRITE, "write"),
          Map.entry(WRITEFULL, "writefull"),
          Map.entry(TRUNCATE, "truncate"),
          Map.entry(ZERO, "zero"),
          Map.entry(DELETE, "delete"),
          Map.entry(APPEND, "append"),
          Map.entry(STARTSYNC, "startsync"),
          Map.entry(SETTRUNC, "settrunc"),
          Map.entry(TRIMTRUNC, "trimtrunc"),
          Map.entry(TMAPUP, "tmapup"),
          Map.entry(TMAPPUT, "tmapput"),
          Map.entry(TMAPGET, "tmapget"),
          Map.entry(CREATE, "create"),
          Map.entry(ROLLBACK, "rollback"),
          Map.entry(WATCH, "watch"),
          Map.entry(OMAPGETKEYS, "omap-get-keys"),
          Map.entry(OMAPGETVALS, "omap-get-vals"),
          Map.entry(OMAPGETHEADER, "omap-get-header"),
          Map.entry(OMAPGETVALSBYKEYS, "omap-get-vals-by-keys"),
          Map.entry(OMAPSETVALS, "omap-set-vals"),
          Map.entry(OMAPSETHEADER, "omap-set-header"),
          Map.entry(OMAPCLEAR, "omap-clear"),
          Map.entry(OMAPRMKEYS, "omap-rm-keys"),
          Map.entry(OMAP_CMP, "omap-cmp"),
          Map.entry(COPY_FROM, "copy-from"),
          Map.entry(UNDIRTY, "undirty"),
          Map.entry(ISDIRTY, "isdirty"),
          Map.entry(COPY_GET, "copy-get"),
          Map.entry(CACHE_FLUSH, "cache-flush"),
          Map.entry(CACHE_EVICT, "cache-evict"),
          Map.entry(CACHE_TRY_FLUSH, "cache-try-flush"),
          Map.entry(TMAP2OMAP, "tmap2omap"),
          Map.entry(SETALLOCHINT, "set-alloc-hint"),
          Map.entry(CACHE_PIN, "cache-pin"),
          Map.entry(CACHE_UNPIN, "cache-unpin"),
          Map.entry(WRITESAME, "write-same"),
          Map.entry(SET_REDIRECT, "set-redirect"),
          Map.entry(SET_CHUNK, "set-chunk"),
          Map.entry(TIER_PROMOTE, "tier-promote"),
          Map.entry(GETXATTR, "getxattr"),
          Map.entry(GETXATTRS, "getxattrs"),
          Map.entry(CMPXATTR, "cmpxattr"),
          Map.entry(SETXATTR, "setxattr"),
          Map.entry(SETXATTRS, "setxattrs"),
          Map.entry(RESETXATTRS, "resetxattrs"),
          Map.entry(RMXATTR, "rmxattr"),
          Map.entry(CALL, "call"),
          Map.entry(PGLS, "pgls"),
          Map.entry(PGLS_FILTER, "pgls-filter"),
          Map.entry(PG_HITSET_LS, "pg-hitset-ls"),
          Map.entry(PG_HITSET_GET, "pg-hitset-get"),
          Map.entry(PGNLS, "pgnls"),
          Map.entry(PGNLS_FILTER, "pgnls-filter"),
          Map.entry(SCRUBLS, "scrubls"));

  /** Whether {@code op} may modify the object (the WR mode bit), as the OSD classifies it. */
  public static boolean isWrite(int op) {
    return (op & MODE_WR) != 0;
  }

  /** Whether {@code op} addresses a PG rather than an object. */
  public static boolean isPgOp(int op) {
    return (op & TYPE_MASK) == TYPE_PG;
  }

  /** Ceph's name of the op (e.g. {@code "omap-get-vals"}), or {@code "op-0x..."} if unknown. */
  public static String name(int op) {
    String name = NAMES.get(op);
    return name != null ? name : "op-0x" + Integer.toHexString(op);
  }
}
