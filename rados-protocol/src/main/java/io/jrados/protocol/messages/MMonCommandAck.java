package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.List;
import java.util.Objects;

/**
 * Mon to client ({@link MessageType#MON_COMMAND_ACK}): the result of an {@link MMonCommand}.
 *
 * <p>Front, header version 1, compat 0: {@link PaxosHeader}, {@code s32 r}, {@code string rs},
 * {@code vector<string> cmd} (the command echoed). The command's output (what {@code ceph} prints
 * on stdout) is the message's <em>data segment</em>; {@code rs} is the status line it prints on
 * stderr. The reply is matched to its command by the message header's {@code tid}.
 *
 * @param paxos the Paxos service header; {@code version} is the map version the result reflects
 * @param result 0 or a negative errno
 * @param status the human-readable status ({@code rs})
 * @param command the command this answers
 */
public record MMonCommandAck(PaxosHeader paxos, int result, String status, List<String> command)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields and copies the command. */
  public MMonCommandAck {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(status, "status");
    command = List.copyOf(command);
  }

  @Override
  public int type() {
    return MessageType.MON_COMMAND_ACK;
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
  public static MMonCommandAck decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    int result = decoder.s32();
    String status = decoder.string();
    List<String> command = decoder.list(4, CephDecoder::string);
    return new MMonCommandAck(paxos, result, status, command);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.s32(result).string(status).list(command, (part, e) -> e.string(part));
  }
}
