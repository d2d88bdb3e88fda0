package io.jrados.protocol.crush;

import io.jrados.protocol.crush.CrushMapper.Placement;

/**
 * {@code crush_choose_indep}: fills a fixed set of positions breadth-first, so that a failed
 * position is retried in place and the others keep their items. Positions that cannot be filled are
 * left as {@link CrushMapper#ITEM_NONE}. Used by erasure-coded pools.
 */
final class IndepChoice {
  private IndepChoice() {}

  /**
   * Fills {@code out[outOff + outpos ... + left)} with items of type {@code type} below {@code
   * bucket}; with {@code toLeaf}, also one device below each into {@code out2} at the same
   * positions. {@code numrep} is the step's full width, which spaces the retries' r values.
   */
  static void choose(
      Placement p,
      CrushBucket bucket,
      int left,
      int numrep,
      int type,
      int[] out,
      int outOff,
      int outpos,
      int tries,
      int recurseTries,
      boolean toLeaf,
      int[] out2,
      int out2Off,
      int parentR) {
    CrushMap map = p.map();
    int endpos = outpos + left;
    for (int rep = outpos; rep < endpos; rep++) {
      out[outOff + rep] = CrushMapper.ITEM_UNDEF;
      if (out2 != null) {
        out2[out2Off + rep] = CrushMapper.ITEM_UNDEF;
      }
    }
    for (int ftotal = 0; left > 0 && ftotal < tries; ftotal++) {
      for (int rep = outpos; rep < endpos; rep++) {
        if (out[outOff + rep] != CrushMapper.ITEM_UNDEF) {
          continue;
        }
        CrushBucket in = bucket;
        while (true) {
          // r depends on the position even in nested buckets, spreading retries apart.
          int r = rep + parentR;
          if (in.alg == CrushBucket.ALG_UNIFORM
              && Integer.remainderUnsigned(in.items.length, numrep) == 0) {
            r += (numrep + 1) * ftotal;
          } else {
            r += numrep * ftotal;
          }
          if (in.items.length == 0) {
            break;
          }
          int item = p.chooser().choose(in, p.x(), r, outpos);
          CrushBucket sub = item < 0 ? map.bucket(item) : null;
          if (item >= map.maxDevices() || (item < 0 && sub == null)) {
            left -= fail(out, outOff, out2, out2Off, rep);
            break;
          }
          int itemType = sub == null ? 0 : sub.type;
          if (itemType != type) {
            if (item >= 0) {
              left -= fail(out, outOff, out2, out2Off, rep);
              break;
            }
            in = sub;
            continue;
          }
          boolean collide = false;
          for (int i = outpos; i < endpos; i++) {
            if (out[outOff + i] == item) {
              collide = true;
              break;
            }
          }
          if (collide) {
            break;
          }
          if (toLeaf) {
            if (item < 0) {
              choose(p, sub, 1, numrep, 0, out2, out2Off, rep, recurseTries, 0, false, null, 0, r);
              if (out2[out2Off + rep] == CrushMapper.ITEM_NONE) {
                break; // no leaf below this item
              }
            } else {
              out2[out2Off + rep] = item;
            }
          }
          if (itemType == 0 && CrushMapper.isOut(p.weights(), item, p.x())) {
            break;
          }
          out[outOff + rep] = item;
          left--;
          break;
        }
      }
    }
    for (int rep = outpos; rep < endpos; rep++) {
      if (out[outOff + rep] == CrushMapper.ITEM_UNDEF) {
        out[outOff + rep] = CrushMapper.ITEM_NONE;
      }
      if (out2 != null && out2[out2Off + rep] == CrushMapper.ITEM_UNDEF) {
        out2[out2Off + rep] = CrushMapper.ITEM_NONE;
      }
    }
  }

  /** Gives up on position {@code rep} for good; returns 1, the number of positions settled. */
  private static int fail(int[] out, int outOff, int[] out2, int out2Off, int rep) {
    out[outOff + rep] = CrushMapper.ITEM_NONE;
    if (out2 != null) {
      out2[out2Off + rep] = CrushMapper.ITEM_NONE;
    }
    return 1;
  }
}
