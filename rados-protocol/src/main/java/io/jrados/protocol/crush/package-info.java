/**
 * CRUSH as a Ceph client needs it: {@link io.jrados.protocol.crush.CrushMap} decodes the map
 * carried in an OSDMap (Pacific encoding), {@link io.jrados.protocol.crush.CrushMapper} runs its
 * rules to place PGs on OSDs, and {@link io.jrados.protocol.crush.CrushHash} is the rjenkins1 hash
 * both use. Behaviour follows Ceph 16.2.15's {@code src/crush} and is checked against its {@code
 * crushtool} and {@code osdmaptool}.
 */
package io.jrados.protocol.crush;
