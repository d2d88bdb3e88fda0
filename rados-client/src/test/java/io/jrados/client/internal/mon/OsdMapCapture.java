package io.jrados.client.internal.mon;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.internal.auth.Credentials;
import io.jrados.client.internal.net.MessageListener;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.client.internal.net.Msgr2Connector;
import io.jrados.client.internal.net.OutgoingMessage;
import io.jrados.client.internal.util.IoThreads;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.messages.PaxosHeader;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Captures OSDMaps exactly as a mon sends them to jrados, for fixtures: the maps are encoded with
 * the features jrados advertises ({@code CephFeatures.CLIENT_SUPPORTED}), which {@code ceph osd
 * getmap} (the CLI's full feature set) does not show.
 *
 * <p>Asks with MMonGetOSDMap (type 6: paxos header, then {@code u32 full_first, full_last,
 * inc_first, inc_last}), which the mon answers with an MOSDMap whose blobs it encodes for the
 * session's features, the same routine it uses for subscriptions. Not a test; run by hand:
 *
 * <pre>
 * java -cp ... io.jrados.client.internal.mon.OsdMapCapture CONF OUTDIR full FIRST LAST
 * java -cp ... io.jrados.client.internal.mon.OsdMapCapture CONF OUTDIR inc FIRST LAST
 * </pre>
 *
 * writing {@code full-E.bin} or {@code inc-E.bin} for each epoch E the mon returned.
 */
public final class OsdMapCapture {
  private static final int MON_GET_OSDMAP = 6;

  private OsdMapCapture() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5 || !(args[2].equals("full") || args[2].equals("inc"))) {
      System.err.println("usage: OsdMapCapture CONF OUTDIR full|inc FIRST LAST");
      System.exit(2);
    }
    ClientOptions options =
        ClientOptions.fromArgs(new String[] {"-c", args[0]}, Map.of()).options();
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    boolean full = args[2].equals("full");
    long first = Long.parseLong(args[3]);
    long last = Long.parseLong(args[4]);
    BlockingQueue<MOSDMap> replies = new LinkedBlockingQueue<>();
    MessageListener listener =
        new MessageListener() {
          @Override
          public void onMessage(Msgr2Connection connection, MessageFrame message) {
            try {
              if (message.header().type() == MessageType.OSD_MAP) {
                replies.add(
                    MOSDMap.decode(new CephDecoder(message.front()), message.header().version()));
              }
            } finally {
              message.release();
            }
          }

          @Override
          public void onClose(Msgr2Connection connection, Throwable cause) {}
        };
    try (IoThreads io = new IoThreads(1)) {
      Msgr2Connector connector = new Msgr2Connector(io, FrameLimits.DEFAULT);
      MonClient mon =
          new MonClient(
              options,
              Credentials.resolve(options),
              connector,
              io.group().next(),
              Clock.systemUTC());
      MonTargets.Target target = MonTargets.fromConfig(options.monHosts().orElseThrow()).get(0);
      Msgr2Connection conn =
          connector
              .connect(
                  mon.spec(target, Duration.ofSeconds(20), 0, CephxTicketSet.empty()), listener)
              .get(30, TimeUnit.SECONDS);
      long next = first;
      while (next <= last) {
        ByteBuf front = Unpooled.buffer();
        CephEncoder e = new CephEncoder(front);
        PaxosHeader.CLIENT.encode(e);
        if (full) {
          e.u32(next).u32(last).u32(0).u32(0);
        } else {
          e.u32(0).u32(0).u32(next).u32(last);
        }
        conn.send(OutgoingMessage.of(MON_GET_OSDMAP, 0, 0, 0, front));
        MOSDMap reply = replies.poll(30, TimeUnit.SECONDS);
        if (reply == null) {
          throw new IllegalStateException("no MOSDMap from the mon for epoch " + next);
        }
        Map<Long, byte[]> maps = full ? reply.fullMaps() : reply.incrementalMaps();
        if (maps.isEmpty()) {
          throw new IllegalStateException(
              "the mon returned no map from epoch " + next + ": " + reply);
        }
        for (Map.Entry<Long, byte[]> m : maps.entrySet()) {
          Files.write(out.resolve((full ? "full-" : "inc-") + m.getKey() + ".bin"), m.getValue());
          next = Math.max(next, m.getKey() + 1);
        }
        System.out.println(reply);
      }
      conn.close().get(10, TimeUnit.SECONDS);
    }
  }
}
