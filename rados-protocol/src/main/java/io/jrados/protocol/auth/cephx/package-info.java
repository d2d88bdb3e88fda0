/**
 * The client side of cephx, Ceph's shared-secret authentication, as pure functions over bytes.
 *
 * <p>A client proves to a monitor that it holds its secret ({@link
 * io.jrados.protocol.auth.cephx.CephxServerChallenge}, {@link
 * io.jrados.protocol.auth.cephx.CephxAuthenticate}), receives session keys and tickets ({@link
 * io.jrados.protocol.auth.cephx.CephxSessionKeyReply}, {@link
 * io.jrados.protocol.auth.cephx.CephxTicketSet}), renews them ({@link
 * io.jrados.protocol.auth.cephx.CephxServiceTicketRequest}) and presents them to OSDs and managers
 * ({@link io.jrados.protocol.auth.cephx.CephxAuthorizer}). The messenger moves these payloads in
 * msgr2 auth frames; nothing here touches a socket or keeps connection state.
 *
 * <p>Keys, session keys, tickets and connection secrets never appear in {@code toString()}, log
 * lines or exception messages.
 */
package io.jrados.protocol.auth.cephx;
