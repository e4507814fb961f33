package de.pilotnetz.chat;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single-node bus: frames go through one bounded queue to one delivery thread, which hands them to
 * this node's {@link Subscriptions}. Delivery thus never runs inside a committing transaction, and
 * frames keep the order in which they were published. A full queue blocks the publisher (the
 * sender's thread after its commit): backpressure instead of unbounded buffering. In a cluster it
 * is the last stage of {@link HazelcastRoomBus}, which is why it is not itself the {@link RoomBus}.
 */
@ApplicationScoped
@Typed(LocalRoomBus.class)
class LocalRoomBus implements RoomBus {
  private static final Logger LOG = Logger.getLogger(LocalRoomBus.class.getName());
  static final int CAPACITY = 10_000;

  private record Item(long roomId, long seq, String frame) {}

  @Inject Subscriptions subscriptions;

  // A container thread, so that filling a gap from the database finds the transaction manager.
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
  private volatile ExecutorService worker;

  @Override
  public void publish(long roomId, long seq, String frame) {
    start();
    try {
      queue.put(new Item(roomId, seq, frame));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void start() {
    if (worker != null) {
      return;
    }
    worker = Executors.newSingleThreadExecutor(threads);
    worker.execute(this::run);
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Item i = queue.take();
        subscriptions.deliver(i.roomId, i.seq, i.frame);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Chat delivery failed", e);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }
}
