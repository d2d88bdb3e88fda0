package io.jrados.protocol.crush;

import io.jrados.protocol.crush.CrushMapper.Placement;

/**
 * {@code crush_choose_firstn}: picks distinct items of a type depth-first, replica by replica; when
 * one fails, the replicas after it shift up. Used by replicated pools.
 */
final class FirstnChoice {
  /**
   * The retry budget of one firstn step.
   *
   * @param tries descents per replica before giving up on it
   * @param recurseTries descents the nested chooseleaf gets
   * @param localRetries retries in the same bucket after a collision
   * @param localFallbackRetries retries in the same bucket via a permutation
   * @param varyR how much the nested chooseleaf's r depends on ours (0: not at all)
   * @param stable whether the nested chooseleaf starts at rank 0 for every replica
   */
  record Params(
      int tries,
      int recurseTries,
      int localRetries,
      int localFallbackRetries,
      int varyR,
      int stable) {}

  private FirstnChoice() {}

  /**
   * Chooses up to {@code numrep - outpos} items of type {@code type} below {@code bucket} into
   * {@code out[outOff + outpos ...]}, at most {@code outSize} of them; with {@code toLeaf}, also
   * one device below each into {@code out2[out2Off + ...]}. Returns the new {@code outpos}.
   */
  static int choose(
      Placement p,
      Params params,
      CrushBucket bucket,
      int numrep,
      int type,
      int[] out,
      int outOff,
      int outpos,
      int outSize,
      boolean toLeaf,
      int[] out2,
      int out2Off,
      int parentR) {
    CrushMap map = p.map();
    int count = outSize;
    int item = 0;
    for (int rep = params.stable() != 0 ? 0 : outpos; rep < numrep && count > 0; rep++) {
      int ftotal = 0;
      boolean skipRep = false;
      boolean retryDescent;
      do {
        retryDescent = false;
        CrushBucket in = bucket;
        int flocal = 0;
        boolean retryBucket;
        do {
          retryBucket = false;
          boolean collide = false;
          boolean reject;
          int r = rep + parentR + ftotal;
          if (in.items.length == 0) {
            reject = true;
          } else {
            if (params.localFallbackRetries() > 0
                && flocal >= (in.items.length >> 1)
                && flocal > params.localFallbackRetries()) {
              item = p.chooser().permChoose(in, p.x(), r);
            } else {
              item = p.chooser().choose(in, p.x(), r, outpos);
            }
            if (item >= map.maxDevices()) {
              skipRep = true;
              break;
            }
            CrushBucket sub = null;
            int itemType = 0;
            if (item < 0) {
              sub = map.bucket(item);
              if (sub == null) {
                // Ceph would dereference a missing bucket here; treat it as a bad item.
                skipRep = true;
                break;
              }
              itemType = sub.type;
            }
            if (itemType != type) {
              if (item >= 0) {
                skipRep = true;
                break;
              }
              in = sub;
              retryBucket = true;
              continue;
            }
            for (int i = 0; i < outpos; i++) {
              if (out[outOff + i] == item) {
                collide = true;
                break;
              }
            }
            reject = false;
            if (!collide && toLeaf) {
              if (item < 0) {
                int subR = params.varyR() != 0 ? r >> (params.varyR() - 1) : 0;
                Params inner =
                    new Params(
                        params.recurseTries(),
                        0,
                        params.localRetries(),
                        params.localFallbackRetries(),
                        params.varyR(),
                        params.stable());
                int got =
                    choose(
                        p,
                        inner,
                        sub,
                        params.stable() != 0 ? 1 : outpos + 1,
                        0,
                        out2,
                        out2Off,
                        outpos,
                        count,
                        false,
                        null,
                        0,
                        subR);
                if (got <= outpos) {
                  reject = true; // no leaf below this item
                }
              } else {
                out2[out2Off + outpos] = item;
              }
            }
            if (!reject && !collide && itemType == 0) {
              reject = CrushMapper.isOut(p.weights(), item, p.x());
            }
          }
          if (reject || collide) {
            ftotal++;
            flocal++;
            if (collide && flocal <= params.localRetries()) {
              retryBucket = true;
            } else if (params.localFallbackRetries() > 0
                && flocal <= in.items.length + params.localFallbackRetries()) {
              retryBucket = true;
            } else if (ftotal < params.tries()) {
              retryDescent = true;
            } else {
              skipRep = true;
            }
          }
        } while (retryBucket);
      } while (retryDescent);
      if (skipRep) {
        continue;
      }
      out[outOff + outpos] = item;
      outpos++;
      count--;
    }
    return outpos;
  }
}
