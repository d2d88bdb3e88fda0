package io.jrados.client.cli;

/** jrados's usage text (its own words; the commands and options are rados's). */
final class Usage {
  static final String TEXT =
      String.join(
              "\n",
              "usage: jrados [-c CONF] [-k KEYRING] [-n NAME | --id ID] [-m MONHOST] [--debug]",
              "              [-p POOL] [-N NAMESPACE | --all] COMMAND [ARGS...]",
              "",
              "Pools:",
              "  lspools                          the pools, one per line",
              "  df                               usage per pool and in total",
              "  ls [-]                           the objects of the pool (-N NS, or --all namespaces)",
              "Objects (with -p POOL; FILE may be - for stdin/stdout):",
              "  put OBJ FILE [--offset N]        write FILE as the object (from N: in place)",
              "  get OBJ FILE                     the object's bytes into FILE",
              "  append OBJ FILE                  FILE's bytes added at the object's end",
              "  truncate OBJ LENGTH              cut or extend the object to LENGTH bytes",
              "  create OBJ                       an empty object; fails if it exists",
              "  rm OBJ...                        delete objects, stopping at the first failure",
              "  stat OBJ                         its size and modification time",
              "  set-alloc-hint OBJ OBJECT_SIZE WRITE_SIZE  hint the object's sizes to the OSD",
              "  setxattr OBJ NAME [VALUE]        set an attribute (the value from stdin if absent)",
              "  getxattr OBJ NAME | rmxattr OBJ NAME | listxattr OBJ",
              "  setomapval OBJ KEY [VALUE]       set an omap key (the value from stdin if absent)",
              "  getomapval OBJ KEY [FILE]        an omap value, as a hex dump or into FILE",
              "  listomapkeys OBJ | listomapvals OBJ | rmomapkey OBJ KEY | clearomap OBJ...",
              "  getomapheader OBJ [FILE] | setomapheader OBJ VALUE",
              "  listwatchers OBJ                 the watches on the object",
              "  watch OBJ                        print the notifies it gets, until enter is pressed",
              "  notify OBJ MESSAGE               notify its watchers and print their replies",
              "Pool snapshots (with -p POOL; -s SNAP or -S SNAPID reads at one):",
              "  mksnap SNAP | rmsnap SNAP | lssnap",
              "  rollback OBJ SNAP                make the object what it was at the snapshot",
              "  listsnaps OBJ                    the object's clones and the snapshots they serve",
              "  locate OBJ... | locate -         where objects live (names from stdin with -), one",
              "                                   JSON line each, as `ceph osd map`",
              "Benchmark:",
              "  bench SECONDS write|seq|rand [-b SIZE] [-t CONCURRENCY] [--no-cleanup] [--no-verify]",
              "        [--no-hints] [--max-objects N]",
              "                                   rados bench's run, objects and metadata; a write",
              "                                   stops at N ops (or at T, if more), SECONDS 0 runs",
              "                                   the first T ops only",
              "Options:",
              "  -f json                          JSON output for ls",
              "  --object-locator KEY             the locator key objects are placed by",
              "")
          + "";

  private Usage() {}
}
