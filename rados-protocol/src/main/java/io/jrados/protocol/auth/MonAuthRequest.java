package io.jrados.protocol.auth;

import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityName;
import java.util.Objects;

/**
 * The auth payload of the first AUTH_REQUEST a client sends to a monitor: {@code u8 auth_mode (10),
 * EntityName name, u64 global_id}.
 *
 * <p>It is the same for every method (Ceph's {@code MonConnection::get_auth_request}); cephx adds
 * nothing to it, because its first real message answers the challenge the monitor sends back.
 *
 * @param name who is authenticating, e.g. {@code client.admin}
 * @param globalId 0 on first contact; on a reconnect the id the monitors assigned before, which
 *     they only accept together with the previous AUTH ticket (global-id reclaim, CVE-2021-20288)
 */
public record MonAuthRequest(EntityName name, long globalId) {
  /** Checks that the name is present. */
  public MonAuthRequest {
    Objects.requireNonNull(name, "name");
  }

  /** Writes the payload (not the bufferlist length around it). */
  public void encode(CephEncoder out) {
    out.u8(AuthConstants.AUTH_MODE_MON);
    name.encode(out);
    out.u64(globalId);
  }
}
