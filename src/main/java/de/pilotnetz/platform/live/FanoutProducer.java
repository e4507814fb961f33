package de.pilotnetz.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Chooses how live frames reach members: through Payara's Hazelcast when the server has it (also
 * on a single node, where the topic stays local), else straight to this node's hub.
 */
@ApplicationScoped
public class FanoutProducer {
  private static final Logger LOG = Logger.getLogger(FanoutProducer.class.getName());
  static final String HAZELCAST_JNDI = "payara/Hazelcast";

  @Inject LiveHub hub;

  @Produces
  @ApplicationScoped
  Fanout fanout() {
    try {
      Object hz = new InitialContext().lookup(HAZELCAST_JNDI);
      Fanout clustered = new HazelcastFanout((com.hazelcast.core.HazelcastInstance) hz, hub);
      LOG.info("Live delivery through the Hazelcast topic " + HazelcastFanout.TOPIC);
      return clustered;
    } catch (NamingException | LinkageError | ClassCastException e) {
      LOG.info("Live delivery on this node only (" + e.getClass().getSimpleName() + ")");
      return new LocalFanout(hub);
    }
  }
}
