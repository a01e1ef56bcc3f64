package vn.ct15.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Camunda's authorizations with the three reads that cost most at a city's scale left out or left
 * unchecked, where that cannot change an answer.
 *
 * <p>Checks without a read of every group that has an authorization. Before each
 * command's first check Camunda reads the distinct group ids of the whole authorization table
 * ({@code selectAuthorizedGroupIds}), only to leave out of the check the caller's groups that have
 * no authorization at all. At a city's scale that is thousands of groups read for every Tasklist
 * query and every task completion (about 20 ms on PostgreSQL with 3,400 units), to shorten a list
 * that holds one or two groups: a unit and perhaps {@code thu-truong}. A group without
 * authorizations matches no row of the check anyway, so checking with all of the caller's groups
 * gives the same answer; only a caller in more than {@link #FEW_GROUPS} groups keeps Camunda's
 * filtering, which exists for people in hundreds of groups.
 *
 * <p>A task's grants without a read for a task created in the same command. When a task gets a
 * candidate group or user, Camunda looks in the database for that group's grant on the task, to add
 * to it, before it creates one; a task created in this command has none there yet (grants made
 * earlier in the command are merged from the command's cache, as before). Starting a cycle of
 * thousands of units so saves one query per unit.
 *
 * <p>A person's own groups read without a check. A candidate-user task query — the shared filter
 * «Việc của đơn vị tôi» — first reads the caller's groups with a group query, which Camunda checks
 * against the caller's right to read groups. On H2 that check made the query read every group of
 * the organisation with an authorization join per group (about 30 ms a Tasklist request with 3,400
 * units); unchecked it reads the caller's memberships (under a millisecond). A query restricted to
 * the groups the authenticated person belongs to answers only with those, which the REST API and
 * the webapps read unchecked anyway to log the person in, and which the check lets through anyway
 * (Camunda grants a group's members the right to read it; here every official may also read every
 * group, {@link AccessPolicy#EVERY_UNIT}); every other group query keeps its check.
 * Only the engine's own database identity provider is replaced; another one (LDAP) is left alone.
 */
@Component
class AuthorizationAtScalePlugin extends AbstractProcessEnginePlugin {

  /** Up to this many groups the caller's groups are checked as they are. */
  static final int FEW_GROUPS = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = EngineLists.of(configuration::getCustomSessionFactories,
        configuration::setCustomSessionFactories);
    factories.add(replacing(AuthorizationManager.class, AtScaleAuthorizationManager::new));
    if (configuration.getIdentityProviderSessionFactory() == null) {
      configuration.setIdentityProviderSessionFactory(replacing(DbIdentityServiceProvider.class, OwnGroupsIdentityProvider::new));
    }
  }

  /** Opens the session {@code opener} makes wherever the engine asks for a session of {@code type}. */
  private static SessionFactory replacing(Class<?> type, Supplier<Session> opener) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return opener.get();
      }
    };
  }

  /** The engine's database identity provider, reading a person's own groups without a check. */
  static final class OwnGroupsIdentityProvider extends DbIdentityServiceProvider {
    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
      CommandContext commandContext = Context.getCommandContext();
      Authentication caller = commandContext.getAuthentication();
      if (caller != null && query.getUserId() != null && query.getUserId().equals(caller.getUserId())) {
        return commandContext.runWithoutAuthorization(() -> super.findGroupByQueryCriteria(query));
      }
      return super.findGroupByQueryCriteria(query);
    }
  }

  static final class AtScaleAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty() && authenticatedGroupIds.size() <= FEW_GROUPS) {
        // a mutable ArrayList, as MyBatis expects of Camunda's own answer
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }

    @Override
    public AuthorizationEntity findAuthorizationByGroupIdAndResourceId(int type, String groupId, Resource resource,
        String resourceId) {
      return isNewTask(resource, resourceId) ? null
          : super.findAuthorizationByGroupIdAndResourceId(type, groupId, resource, resourceId);
    }

    @Override
    public AuthorizationEntity findAuthorizationByUserIdAndResourceId(int type, String userId, Resource resource,
        String resourceId) {
      return isNewTask(resource, resourceId) ? null
          : super.findAuthorizationByUserIdAndResourceId(type, userId, resource, resourceId);
    }

    /** Whether the resource is a task inserted in this command, so not yet in the database. */
    private boolean isNewTask(Resource resource, String resourceId) {
      if (resourceId == null || (resource != Resources.TASK && resource != Resources.HISTORIC_TASK)) {
        return false;
      }
      DbEntityCache cache = getDbEntityManager().getDbEntityCache();
      TaskEntity task = cache.get(TaskEntity.class, resourceId);
      return task != null && cache.isTransient(task);
    }
  }
}
