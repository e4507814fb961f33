package de.pilotnetz.search;

import com.hazelcast.topic.ITopic;
import de.pilotnetz.platform.live.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the other nodes that a transaction here recorded search changes, so that they read the
 * change log at once instead of at their next poll. Only a hint: the log stays the truth, and the
 * poll still catches whatever a lost hint would have announced.
 */
@ApplicationScoped
class ClusterWakeUp {
  static final String TOPIC = "pilotnetz.search.changed";

  @Inject ClusterNode cluster;
  @Inject SearchIndex index;

  private volatile ITopic<String> topic;

  void start(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
    cluster.hazelcast().ifPresent(hz -> {
      ITopic<String> t = hz.getTopic(TOPIC);
      t.addMessageListener(m -> {
        if (!m.getPublishingMember().localMember()) {
          index.changed(null);
        }
      });
      topic = t;
    });
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged e) {
    ITopic<String> t = topic;
    if (t != null && !cluster.alone()) {
      t.publish("");
    }
  }
}
