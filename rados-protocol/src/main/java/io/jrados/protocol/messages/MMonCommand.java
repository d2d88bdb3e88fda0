package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Client to mon ({@link MessageType#MON_COMMAND}): an admin command, as {@code ceph ...} sends it.
 *
 * <p>Front, header version 1, compat 0: {@link PaxosHeader}, {@code uuid fsid}, {@code
 * vector<string> cmd}. The command is normally one JSON object such as {@code {"prefix": "mon
 * dump", "format": "json"}}. Input for commands that take some (e.g. {@code ceph -i FILE}) goes in
 * the message's <em>data segment</em>, not in the front.
 *
 * @param paxos the Paxos service header; {@link PaxosHeader#CLIENT} from a client
 * @param fsid the cluster's fsid
 * @param command the command's parts
 */
public record MMonCommand(PaxosHeader paxos, UUID fsid, List<String> command)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields and copies the command. */
  public MMonCommand {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    command = List.copyOf(command);
  }

  /** A command from a client: {@link PaxosHeader#CLIENT} and the given parts. */
  public static MMonCommand fromClient(UUID fsid, String... command) {
    return new MMonCommand(PaxosHeader.CLIENT, fsid, List.of(command));
  }

  @Override
  public int type() {
    return MessageType.MON_COMMAND;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; every header version has the same layout. */
  public static MMonCommand decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    List<String> command = decoder.list(4, CephDecoder::string);
    return new MMonCommand(paxos, fsid, command);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).list(command, (part, e) -> e.string(part));
  }
}
