package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.encoding.EntityName;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tickets a client holds, one per service (Ceph's {@code CephXTicketManager}). Immutable: a
 * reply produces a new set with {@link #with}.
 */
public final class CephxTicketSet {
  private static final CephxTicketSet EMPTY = new CephxTicketSet(new TreeMap<>());

  private final TreeMap<Integer, CephxTicket> tickets;

  private CephxTicketSet(TreeMap<Integer, CephxTicket> tickets) {
    this.tickets = tickets;
  }

  /** No tickets, as before the first authentication. */
  public static CephxTicketSet empty() {
    return EMPTY;
  }

  /** This set with {@code newer} added, each replacing any ticket for the same service. */
  public CephxTicketSet with(Collection<CephxTicket> newer) {
    TreeMap<Integer, CephxTicket> merged = new TreeMap<>(tickets);
    for (CephxTicket ticket : newer) {
      merged.put(ticket.serviceId(), ticket);
    }
    return new CephxTicketSet(merged);
  }

  /** The ticket for {@code serviceId} (an {@code EntityName.TYPE_*} value), if held. */
  public Optional<CephxTicket> get(int serviceId) {
    return Optional.ofNullable(tickets.get(serviceId));
  }

  /**
   * The AUTH ticket, whose session key protects everything else the monitors send and keys the
   * monitor connection.
   */
  public Optional<CephxTicket> authTicket() {
    return get(EntityName.TYPE_AUTH);
  }

  /** Every ticket, ordered by service id. */
  public Collection<CephxTicket> tickets() {
    return Collections.unmodifiableCollection(tickets.values());
  }

  /**
   * The services among {@code wanted} (a mask of {@code EntityName.TYPE_*} bits) that have no
   * ticket or should renew it at {@code now}, as a mask: what to ask for next.
   */
  public int needed(int wanted, Instant now) {
    int need = 0;
    for (int bit = 1; bit != 0 && Integer.compareUnsigned(bit, wanted) <= 0; bit <<= 1) {
      if ((wanted & bit) != 0) {
        CephxTicket ticket = tickets.get(bit);
        if (ticket == null || ticket.needsRenewal(now)) {
          need |= bit;
        }
      }
    }
    return need;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CephxTicketSet s && tickets.equals(s.tickets);
  }

  @Override
  public int hashCode() {
    return tickets.hashCode();
  }

  /** The tickets, each of which redacts its keys. */
  @Override
  public String toString() {
    return "CephxTicketSet" + tickets.values();
  }
}
