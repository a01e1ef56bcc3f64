package vn.ct15.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.DirectorySynchronizer;
import vn.ct15.workflow.security.AccessPolicy;
import vn.ct15.workflow.security.TasklistFilters;

/**
 * What a node writes at start-up, in order, once every bean is built and before the web server takes
 * requests or the job executor runs: the organisation directory as groups and users, then the
 * authorizations of those groups, then the shared Tasklist filters and their rights. On PostgreSQL the
 * start-up lock ({@code cluster.StartupLock}, taken before the engine is built and released when the
 * application is ready) keeps two nodes from doing this at once; the writers are idempotent, and a
 * writer that collides with another node anyway (a duplicate key, an optimistic locking conflict on
 * another shared database) runs once more, then reading what the other node wrote.
 */
@Component
class StartupSequence implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

  private final DirectorySynchronizer directory;
  private final AccessPolicy authorizations;
  private final TasklistFilters filters;

  StartupSequence(DirectorySynchronizer directory, AccessPolicy authorizations, TasklistFilters filters) {
    this.directory = directory;
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  public void afterSingletonsInstantiated() {
    write("the directory", directory::synchronize);
    write("the authorizations", authorizations::apply);
    write("the shared Tasklist filters", filters::apply);
  }

  private static void write(String what, Runnable writer) {
    try {
      writer.run();
    } catch (ProcessEngineException collision) {
      LOG.warn("Writing {} at start-up collided with another node ({}); reading again", what, collision.getMessage());
      writer.run();
    }
  }
}
