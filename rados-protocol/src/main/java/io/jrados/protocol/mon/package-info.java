/**
 * The monitor map: which monitors form the cluster, where to reach them and in which rank order.
 * {@link io.jrados.protocol.mon.MonMap} decodes and encodes the map as mons send it in {@link
 * io.jrados.protocol.messages.MMonMap} and as {@code ceph mon getmap} writes it.
 */
package io.jrados.protocol.mon;
