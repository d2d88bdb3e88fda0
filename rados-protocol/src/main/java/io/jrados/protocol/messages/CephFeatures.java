package io.jrados.protocol.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Ceph's feature bits (the 64-bit {@code features} a peer advertises when a connection is set up)
 * that matter to a RADOS client, and the set jrados advertises.
 *
 * <p>Every constant is a <em>mask</em>, Ceph's {@code CEPH_FEATUREMASK_*}: the feature's own bit
 * plus the bits of its incarnation. Ceph has run out of bits more than once and reuses retired
 * ones; a reused bit only means the new feature when the incarnation marker is present too:
 * SERVER_JEWEL (bit 57) for the second incarnation, SERVER_JEWEL and SERVER_MIMIC (bits 57 and 28)
 * for the third. An old peer that still sets bit 2 for the retired MONCLOCKCHECK therefore does not
 * look like a Nautilus server. {@link #has} tests the whole mask, as Ceph's {@code HAVE_FEATURE}
 * does.
 *
 * <p>Bit numbers and incarnations are those of Ceph's {@code src/include/ceph_features.h}.
 */
public final class CephFeatures {
  private CephFeatures() {}

  /** Incarnation 1: bits in their first meaning need no marker. */
  private static final long INCARNATION_1 = 0L;

  /** Incarnation 2: marked by SERVER_JEWEL, bit 57. */
  private static final long INCARNATION_2 = 1L << 57;

  /** Incarnation 3: marked by SERVER_JEWEL and SERVER_MIMIC, bits 57 and 28. */
  private static final long INCARNATION_3 = (1L << 57) | (1L << 28);

  /** Messages carry no source address in the header; the receiver fills it in. */
  public static final long NOSRCADDR = mask(1, INCARNATION_1);

  /** Nautilus servers; reuses bit 2, hence incarnation 3. Gates addrvec (msgr2) encodings. */
  public static final long SERVER_NAUTILUS = mask(2, INCARNATION_3);

  /** MMonSubscribe v2+: subscriptions by start epoch and flags rather than "have". */
  public static final long SUBSCRIBE2 = mask(4, INCARNATION_1);

  /** The MonMap carries mon names: without it a mon sends the pre-Argonaut (v1) MonMap. */
  public static final long MONNAMES = mask(5, INCARNATION_1);

  /** msgr1 reconnects with sequence numbers. */
  public static final long RECONNECT_SEQ = mask(6, INCARNATION_1);

  /** CephFS: directory layouts carry a hash type. */
  public static final long DIRLAYOUTHASH = mask(7, INCARNATION_1);

  /** 64-bit pool ids in pg ids. */
  public static final long PGID64 = mask(9, INCARNATION_1);

  /** pg_pool_t encoding v3. */
  public static final long PGPOOL3 = mask(11, INCARNATION_1);

  /** Versioned OSD-side encodings (pg_pool_t and friends). */
  public static final long OSDENC = mask(13, INCARNATION_1);

  /** Versioned MonMap encoding. */
  public static final long MONENC = mask(15, INCARNATION_1);

  /** Octopus servers; reuses bit 16, hence incarnation 3. */
  public static final long SERVER_OCTOPUS = mask(16, INCARNATION_3);

  /** CRUSH tunables, first set. */
  public static final long CRUSH_TUNABLES = mask(18, INCARNATION_1);

  /** Pacific servers; reuses bit 20, hence incarnation 3. */
  public static final long SERVER_PACIFIC = mask(20, INCARNATION_3);

  /**
   * Luminous servers (bit 21, incarnation 2). The same mask also stands for RESEND_ON_SPLIT,
   * RADOS_BACKOFF, OSDMAP_PG_UPMAP and CRUSH_CHOOSE_ARGS; a client that advertises it must handle
   * MOSDBackoff from OSDs.
   */
  public static final long SERVER_LUMINOUS = mask(21, INCARNATION_2);

  /** Same mask as {@link #SERVER_LUMINOUS}: OSDs may ask clients to back off from a PG. */
  public static final long RADOS_BACKOFF = SERVER_LUMINOUS;

  /** Same mask as {@link #SERVER_LUMINOUS}: OSDMaps may carry pg_upmap entries. */
  public static final long OSDMAP_PG_UPMAP = SERVER_LUMINOUS;

  /** Same mask as {@link #SERVER_LUMINOUS}: CRUSH maps may carry choose_args. */
  public static final long CRUSH_CHOOSE_ARGS = SERVER_LUMINOUS;

  /** Message signatures (msgr1). */
  public static final long MSG_AUTH = mask(23, INCARNATION_1);

  /** CRUSH tunables, second set. */
  public static final long CRUSH_TUNABLES2 = mask(25, INCARNATION_1);

  /** CephFS: create replies carry the new inode. */
  public static final long REPLY_CREATE_INODE = mask(27, INCARNATION_1);

  /** Mimic servers; reuses bit 28, hence incarnation 2. Also the marker of incarnation 3. */
  public static final long SERVER_MIMIC = mask(28, INCARNATION_2);

  /** CephFS: versioned MDS encodings. */
  public static final long MDSENC = mask(29, INCARNATION_1);

  /** Pools may hash the placement seed with the pool id (FLAG_HASHPSPOOL). */
  public static final long OSDHASHPSPOOL = mask(30, INCARNATION_1);

  /** Cache tiering: pools may have read and write tiers. */
  public static final long OSD_CACHEPOOL = mask(35, INCARNATION_1);

  /** CRUSH: indep mode and SET_* rule steps. */
  public static final long CRUSH_V2 = mask(36, INCARNATION_1);

  /** CephFS: cap export carries the peer. */
  public static final long EXPORT_PEER = mask(37, INCARNATION_1);

  /** The versioned ("new-style") OSDMap encoding. */
  public static final long OSDMAP_ENC = mask(39, INCARNATION_1);

  /** CephFS: inline data. */
  public static final long MDS_INLINE_DATA = mask(40, INCARNATION_1);

  /** CRUSH tunables, third set; the same bit means OSD_PRIMARY_AFFINITY. */
  public static final long CRUSH_TUNABLES3 = mask(41, INCARNATION_1);

  /** Same bit as {@link #CRUSH_TUNABLES3}: OSDMaps may carry primary affinity. */
  public static final long OSD_PRIMARY_AFFINITY = CRUSH_TUNABLES3;

  /** KEEPALIVE2 with a time stamp. */
  public static final long MSGR_KEEPALIVE2 = mask(42, INCARNATION_1);

  /** Pools carry last_force_op_resend: clients resend ops when it changes. */
  public static final long OSD_POOLRESEND = mask(43, INCARNATION_1);

  /** CephFS: quotas. */
  public static final long MDS_QUOTA = mask(47, INCARNATION_1);

  /** CRUSH: straw2 buckets. */
  public static final long CRUSH_V4 = mask(48, INCARNATION_1);

  /** MOSDOp v7+ encoding (needed to understand pg_pool_t v25 and later). */
  public static final long NEW_OSDOP_ENCODING = mask(56, INCARNATION_1);

  /** Jewel servers; also the marker of incarnations 2 and 3, and MON_STATEFUL_SUB. */
  public static final long SERVER_JEWEL = mask(57, INCARNATION_1);

  /** Same bit as {@link #SERVER_JEWEL}: subscriptions keep their state across mons. */
  public static final long MON_STATEFUL_SUB = SERVER_JEWEL;

  /** CRUSH tunables, fifth set; the same bit means NEW_OSDOPREPLY_ENCODING. */
  public static final long CRUSH_TUNABLES5 = mask(58, INCARNATION_1);

  /** Same bit as {@link #CRUSH_TUNABLES5}: MOSDOpReply v7+. */
  public static final long NEW_OSDOPREPLY_ENCODING = CRUSH_TUNABLES5;

  /** The entity_addr_t encoding with a marker byte and a type; msgr2 peers require it. */
  public static final long MSG_ADDR2 = mask(59, INCARNATION_1);

  /** cephx v2: authorizer challenges. */
  public static final long CEPHX_V2 = mask(61, INCARNATION_1);

  /**
   * What jrados advertises: the Linux kernel client's {@code CEPH_FEATURES_SUPPORTED_DEFAULT}
   * (include/linux/ceph/ceph_features.h) plus SERVER_MIMIC and SERVER_NAUTILUS.
   *
   * <p>The kernel set is a feature set a long-lived, client-only implementation has shipped with
   * against every release since Luminous, so servers are known to accept it and it promises nothing
   * jrados does not also have to implement for RADOS (backoffs, upmap, choose_args, straw2, the new
   * MOSDOp and MOSDOpReply encodings). Its CephFS bits (DIRLAYOUTHASH, REPLY_CREATE_INODE, MDSENC,
   * EXPORT_PEER, MDS_INLINE_DATA, MDS_QUOTA) only change MDS messages, which jrados never
   * exchanges; they are kept so that the set stays the kernel's.
   *
   * <p>SERVER_NAUTILUS is added because without it the mons and OSDs encode maps for a pre-Nautilus
   * peer: the MonMap and the OSDMap then carry one legacy (v1) address per daemon and no v2
   * address, so a msgr2-only client could not reach them. Its mask needs the incarnation-3 marker
   * bits 57 (SERVER_JEWEL, already in the kernel set) and 28 (SERVER_MIMIC), which is why
   * SERVER_MIMIC is added too. SERVER_OCTOPUS and SERVER_PACIFIC are left out: they switch on
   * further encodings nothing in jrados has been checked against.
   *
   * <p>MONNAMES is added because a Pacific mon that does not see it sends the legacy v1 MonMap (u16
   * version, no names, no ranks); the kernel decodes that form, jrados decodes only the modern one,
   * which every librados client receives.
   */
  public static final long CLIENT_SUPPORTED =
      NOSRCADDR
          | SUBSCRIBE2
          | MONNAMES
          | RECONNECT_SEQ
          | DIRLAYOUTHASH
          | PGID64
          | PGPOOL3
          | OSDENC
          | MONENC
          | CRUSH_TUNABLES
          | SERVER_LUMINOUS
          | MSG_AUTH
          | CRUSH_TUNABLES2
          | REPLY_CREATE_INODE
          | MDSENC
          | OSDHASHPSPOOL
          | OSD_CACHEPOOL
          | CRUSH_V2
          | EXPORT_PEER
          | OSDMAP_ENC
          | MDS_INLINE_DATA
          | CRUSH_TUNABLES3
          | MSGR_KEEPALIVE2
          | OSD_POOLRESEND
          | MDS_QUOTA
          | CRUSH_V4
          | NEW_OSDOP_ENCODING
          | SERVER_JEWEL
          | CRUSH_TUNABLES5
          | MSG_ADDR2
          | CEPHX_V2
          | SERVER_MIMIC
          | SERVER_NAUTILUS;

  /**
   * What jrados requires of a peer: MSG_ADDR2, which Ceph's msgr2 itself requires of both sides,
   * and SERVER_NAUTILUS, without which maps carry no msgr2 addresses (see {@link
   * #CLIENT_SUPPORTED}).
   */
  public static final long CLIENT_REQUIRED = MSG_ADDR2 | SERVER_NAUTILUS;

  /** Named masks in bit order, for {@link #missingNames}; aliases of a mask appear once. */
  private static final List<Named> NAMED =
      List.of(
          new Named("NOSRCADDR", NOSRCADDR),
          new Named("SERVER_NAUTILUS", SERVER_NAUTILUS),
          new Named("SUBSCRIBE2", SUBSCRIBE2),
          new Named("MONNAMES", MONNAMES),
          new Named("RECONNECT_SEQ", RECONNECT_SEQ),
          new Named("DIRLAYOUTHASH", DIRLAYOUTHASH),
          new Named("PGID64", PGID64),
          new Named("PGPOOL3", PGPOOL3),
          new Named("OSDENC", OSDENC),
          new Named("MONENC", MONENC),
          new Named("SERVER_OCTOPUS", SERVER_OCTOPUS),
          new Named("CRUSH_TUNABLES", CRUSH_TUNABLES),
          new Named("SERVER_PACIFIC", SERVER_PACIFIC),
          new Named("SERVER_LUMINOUS", SERVER_LUMINOUS),
          new Named("MSG_AUTH", MSG_AUTH),
          new Named("CRUSH_TUNABLES2", CRUSH_TUNABLES2),
          new Named("REPLY_CREATE_INODE", REPLY_CREATE_INODE),
          new Named("SERVER_MIMIC", SERVER_MIMIC),
          new Named("MDSENC", MDSENC),
          new Named("OSDHASHPSPOOL", OSDHASHPSPOOL),
          new Named("OSD_CACHEPOOL", OSD_CACHEPOOL),
          new Named("CRUSH_V2", CRUSH_V2),
          new Named("EXPORT_PEER", EXPORT_PEER),
          new Named("OSDMAP_ENC", OSDMAP_ENC),
          new Named("MDS_INLINE_DATA", MDS_INLINE_DATA),
          new Named("CRUSH_TUNABLES3", CRUSH_TUNABLES3),
          new Named("MSGR_KEEPALIVE2", MSGR_KEEPALIVE2),
          new Named("OSD_POOLRESEND", OSD_POOLRESEND),
          new Named("MDS_QUOTA", MDS_QUOTA),
          new Named("CRUSH_V4", CRUSH_V4),
          new Named("NEW_OSDOP_ENCODING", NEW_OSDOP_ENCODING),
          new Named("SERVER_JEWEL", SERVER_JEWEL),
          new Named("CRUSH_TUNABLES5", CRUSH_TUNABLES5),
          new Named("MSG_ADDR2", MSG_ADDR2),
          new Named("CEPHX_V2", CEPHX_V2));

  /**
   * Whether {@code features} has the feature {@code mask}: every bit of the mask, incarnation
   * markers included, must be set (Ceph's {@code HAVE_FEATURE}).
   */
  public static boolean has(long features, long mask) {
    return (features & mask) == mask;
  }

  /**
   * The names of the known features in {@code required} that {@code features} lacks, in bit order,
   * for an error message such as "peer lacks SERVER_NAUTILUS". Bits of {@code required} that no
   * named feature accounts for are listed as {@code bit N}.
   */
  public static List<String> missingNames(long features, long required) {
    List<String> out = new ArrayList<>();
    long named = 0;
    for (Named feature : NAMED) {
      if (has(required, feature.mask)) {
        named |= feature.mask;
        if (!has(features, feature.mask)) {
          out.add(feature.name);
        }
      }
    }
    long unnamedMissing = required & ~named & ~features;
    for (int bit = 0; bit < 64; bit++) {
      if ((unnamedMissing & (1L << bit)) != 0) {
        out.add("bit " + bit);
      }
    }
    return List.copyOf(out);
  }

  private static long mask(int bit, long incarnation) {
    return (1L << bit) | incarnation;
  }

  private record Named(String name, long mask) {}
}
