/**
 * The OSDMap and object placement. {@link io.jrados.protocol.osdmap.OsdMap} decodes a full map (as
 * the mon sends it in an MOSDMap, or as {@code ceph osd getmap} writes it) and applies {@link
 * io.jrados.protocol.osdmap.OsdMapIncremental}s; {@link io.jrados.protocol.osdmap.OsdMap#locate}
 * and {@link io.jrados.protocol.osdmap.OsdMap#map} place an object or a pg on OSDs exactly as
 * Ceph's {@code OSDMap::pg_to_up_acting_osds}, using the CRUSH mapper of {@code
 * io.jrados.protocol.crush}.
 *
 * <p>Encodings seen from Pacific 16.2.15 for jrados' features (SERVER_NAUTILUS, no OCTOPUS or
 * PACIFIC): full map wrapper v8/compat 7, client part v9 (addrvecs), OSD-only part v9, pg_pool_t
 * v29/compat 5; incremental wrapper v8/compat 7, client part v8, OSD-only part v9. The client part
 * is byte-identical to what {@code ceph osd getmap} gives; only the OSD-only part differs.
 */
package io.jrados.protocol.osdmap;
