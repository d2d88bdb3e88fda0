package io.jrados.protocol.messages;

/**
 * Message type numbers: the {@code type} field of a message header ({@code CEPH_MSG_*} in Ceph's
 * {@code src/include/ceph_fs.h}, {@code MSG_*} in {@code src/msg/Message.h}), for the messages a
 * RADOS client exchanges with mons, mgrs and OSDs.
 */
public final class MessageType {
  private MessageType() {}

  /** Keepalive ping; no payload. */
  public static final int PING = 2;

  /** Mon to client: the MonMap ({@link MMonMap}). */
  public static final int MON_MAP = 4;

  /** Client to mon: pool usage request. */
  public static final int STATFS = 13;

  /** Mon to client: pool usage reply. */
  public static final int STATFS_REPLY = 14;

  /** Client to mon: subscribe to maps ({@link MMonSubscribe}). */
  public static final int MON_SUBSCRIBE = 15;

  /** Mon to client: subscription acknowledged ({@link MMonSubscribeAck}). */
  public static final int MON_SUBSCRIBE_ACK = 16;

  /** Client to mon: authentication on an open session ({@link MAuth}). */
  public static final int AUTH = 17;

  /** Mon to client: authentication reply ({@link MAuthReply}). */
  public static final int AUTH_REPLY = 18;

  /** Client to mon: latest version of a map ({@link MMonGetVersion}). */
  public static final int MON_GET_VERSION = 19;

  /** Mon to client: the version asked for ({@link MMonGetVersionReply}). */
  public static final int MON_GET_VERSION_REPLY = 20;

  /** Mon or OSD to client: OSDMaps ({@link MOSDMap}). */
  public static final int OSD_MAP = 41;

  /** Client to OSD: ops on an object ({@link MOSDOp}). */
  public static final int OSD_OP = 42;

  /** OSD to client: the ops' results ({@link MOSDOpReply}). */
  public static final int OSD_OPREPLY = 43;

  /** OSD to client: watch/notify events. */
  public static final int WATCH_NOTIFY = 44;

  /** Mon to client: pool operation reply. */
  public static final int POOLOP_REPLY = 48;

  /** Client to mon: create or delete a pool or snapshot. */
  public static final int POOLOP = 49;

  /** Client to mon: an admin command ({@link MMonCommand}). */
  public static final int MON_COMMAND = 50;

  /** Mon to client: the command's result ({@link MMonCommandAck}). */
  public static final int MON_COMMAND_ACK = 51;

  /** Client to mon: cluster log entries; mon to client for {@code log-*} subscribers. */
  public static final int LOG = 52;

  /** Mon to client: log entries received. */
  public static final int LOG_ACK = 53;

  /** Client to mon: per-pool statistics. */
  public static final int GETPOOLSTATS = 58;

  /** Mon to client: per-pool statistics reply. */
  public static final int GETPOOLSTATS_REPLY = 59;

  /**
   * OSD to client and back: block, acknowledge or unblock a range of a PG ({@link MOSDBackoff}).
   */
  public static final int OSD_BACKOFF = 61;

  /** Mon to client: configuration options ({@link MConfig}). */
  public static final int CONFIG = 62;

  /** Client to mon: ask for configuration options. */
  public static final int GET_CONFIG = 63;

  /** Client to OSD or mgr: a daemon command (tell). */
  public static final int COMMAND = 97;

  /** OSD or mgr to client: a daemon command's reply. */
  public static final int COMMAND_REPLY = 98;

  /** Mon to client: the MgrMap. */
  public static final int MGR_MAP = 0x704;

  /** Client to mgr: a command. */
  public static final int MGR_COMMAND = 0x709;

  /** Mgr to client: a command's reply. */
  public static final int MGR_COMMAND_REPLY = 0x70a;
}
