package io.jrados.client.api;

import java.util.List;

/**
 * Where an object lives, computed on the client from its OSDMap: the same fields and values as
 * {@code ceph osd map POOL OBJECT [NAMESPACE] -f json}.
 *
 * @param epoch the OSDMap epoch this was computed under
 * @param poolId the pool's id
 * @param objectName the object's name
 * @param rawPgid the PG the object hashes to before pg_num folding, "P.hex"
 * @param pgid the PG it lives in, "P.hex"
 * @param up the up set
 * @param upPrimary the up primary, -1 if none
 * @param acting the acting set
 * @param actingPrimary the acting primary (where ops go), -1 if none
 */
public record ObjectPlacement(
    long epoch,
    long poolId,
    String objectName,
    String rawPgid,
    String pgid,
    List<Integer> up,
    int upPrimary,
    List<Integer> acting,
    int actingPrimary) {
  public ObjectPlacement {
    up = List.copyOf(up);
    acting = List.copyOf(acting);
  }
}
