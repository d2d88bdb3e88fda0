package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.encoding.UTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a client holds for one service after cephx granted it a ticket (Ceph's {@code
 * CephXTicketHandler}): the session key shared with that service, the opaque ticket to present to
 * it, and when to renew.
 *
 * <p>The times are computed on receipt, from the client's clock, because the monitor sends only a
 * validity period: {@code expires = received + validity} and {@code renewAfter = expires - validity
 * / 4}, as Ceph and the kernel do, so renewal starts with a quarter of the lifetime left.
 *
 * @param serviceId the service, an {@code EntityName.TYPE_*} value (AUTH, MON, OSD, MGR, MDS)
 * @param sessionKey the key shared with the service
 * @param ticket the ticket to present to the service
 * @param validity the lifetime the monitor granted
 * @param expires when the ticket stops being accepted
 * @param renewAfter when to ask for a new one
 */
public record CephxTicket(
    int serviceId,
    CryptoKey sessionKey,
    CephxTicketBlob ticket,
    UTime validity,
    Instant expires,
    Instant renewAfter) {
  /** Checks that nothing is missing. */
  public CephxTicket {
    Objects.requireNonNull(sessionKey, "sessionKey");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(renewAfter, "renewAfter");
  }

  /** A ticket received at {@code received}, with its expiry and renewal times computed. */
  public static CephxTicket received(
      int serviceId,
      CryptoKey sessionKey,
      CephxTicketBlob ticket,
      UTime validity,
      Instant received) {
    Duration lifetime = Duration.ofSeconds(validity.seconds(), validity.nanoseconds());
    Instant expires = received.plus(lifetime);
    // Ceph subtracts sec / 4 as a double and the kernel sec / 4 in whole seconds; a quarter of the
    // whole seconds, to the nanosecond, is Ceph's value. The fraction of a second is ignored by
    // both.
    Instant renewAfter = expires.minusNanos(validity.seconds() * 250_000_000L);
    return new CephxTicket(serviceId, sessionKey, ticket, validity, expires, renewAfter);
  }

  /** The ticket's secret id, which tells the service which of its rotating secrets to use. */
  public long secretId() {
    return ticket.secretId();
  }

  /** Whether the ticket should be renewed at {@code now}. */
  public boolean needsRenewal(Instant now) {
    return !now.isBefore(renewAfter);
  }

  /** Whether the ticket has stopped being valid at {@code now}. */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expires);
  }

  /** Service, secret id and times; the session key and ticket are redacted by their own types. */
  @Override
  public String toString() {
    return "CephxTicket{service="
        + serviceName(serviceId)
        + ", secretId="
        + ticket.secretId()
        + ", expires="
        + expires
        + ", renewAfter="
        + renewAfter
        + ", sessionKey="
        + sessionKey
        + ", ticket="
        + ticket
        + "}";
  }

  static String serviceName(int serviceId) {
    // EntityName's text form is type.id; only the type part names a service.
    String name = new EntityName(serviceId, "").toString();
    return name.substring(0, name.length() - 1);
  }
}
