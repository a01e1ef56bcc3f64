package vn.ct15.workflow.directory;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the directory file to Camunda's identity service: one group per unit (its type is the
 * unit's kind), the heads group, and, where people are seeded, their users and memberships.
 * Idempotent: running it again changes only what the file changed. Nothing outside the file is
 * deleted, so no task loses its candidate group.
 */
@Component
public class DirectorySynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(DirectorySynchronizer.class);
  static final String HEADS_GROUP_NAME = "Thủ trưởng đơn vị";
  static final String ROLE_GROUP_TYPE = "role";

  private final OrganisationDirectory directory;
  private final IdentityService identityService;
  private final DirectoryProperties properties;
  private final TransactionTemplate transaction;
  /** The groups and users that exist, read once per synchronisation (thousands of units: no query per unit). */
  private Map<String, Group> groups;
  private Map<String, User> users;

  DirectorySynchronizer(OrganisationDirectory directory, IdentityService identityService, DirectoryProperties properties,
      PlatformTransactionManager transactionManager) {
    this.directory = directory;
    this.identityService = identityService;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Brings groups, users and memberships in line with the directory file, in one transaction.
   * Returns the number of changes made.
   */
  public synchronized int synchronize() {
    int changes = transaction.execute(status -> {
      groups = identityService.createGroupQuery().list().stream().collect(Collectors.toMap(Group::getId, group -> group));
      users = identityService.createUserQuery().list().stream().collect(Collectors.toMap(User::getId, user -> user));
      int made = ensureGroup(OrganisationDirectory.HEADS_GROUP, HEADS_GROUP_NAME, ROLE_GROUP_TYPE);
      for (Unit unit : directory.units()) {
        made += ensureGroup(unit.id(), unit.name(), unit.kind().code());
        if (properties.seedPeople()) {
          for (Person person : unit.people()) {
            boolean known = users.containsKey(person.id());
            made += ensureUser(person);
            made += ensureMemberships(person, unit, known);
          }
        }
      }
      return made;
    });
    groups = null;
    users = null;
    LOG.info("Directory of '{}' applied: {} units, {} changes", directory.organisation().name(), directory.units().size(), changes);
    return changes;
  }

  private int ensureGroup(String id, String name, String type) {
    Group group = groups.get(id);
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return 0;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    groups.put(id, group);
    return 1;
  }

  private int ensureUser(Person person) {
    User user = users.get(person.id());
    if (user == null) {
      user = identityService.newUser(person.id());
      if (properties.demoPassword() == null || properties.demoPassword().isBlank()) {
        throw new IllegalStateException("ct15.demo-password must be set where ct15.seed-people is true");
      }
      user.setPassword(properties.demoPassword());
    } else if (Objects.equals(user.getFirstName(), person.firstName())
        && Objects.equals(user.getLastName(), person.lastName())
        && Objects.equals(user.getEmail(), person.email())) {
      return 0;
    }
    user.setFirstName(person.firstName());
    user.setLastName(person.lastName());
    user.setEmail(person.email());
    identityService.saveUser(user);
    users.put(person.id(), user);
    return 1;
  }

  /**
   * The person belongs to its unit's group, and to the heads group exactly when its role is head.
   * A person new to the engine ({@code known} false) has no memberships yet: nothing to read.
   */
  private int ensureMemberships(Person person, Unit unit, boolean known) {
    Set<String> wanted = new HashSet<>();
    wanted.add(unit.id());
    if (person.isHead()) {
      wanted.add(OrganisationDirectory.HEADS_GROUP);
    }
    Set<String> current = !known ? Set.of() : identityService.createGroupQuery().groupMember(person.id()).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    int changes = 0;
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identityService.createMembership(person.id(), groupId);
        changes++;
      }
    }
    for (String groupId : current) {
      boolean managedByFile = groupId.equals(OrganisationDirectory.HEADS_GROUP) || directory.find(groupId).isPresent();
      if (managedByFile && !wanted.contains(groupId)) {
        identityService.deleteMembership(person.id(), groupId);
        changes++;
      }
    }
    return changes;
  }
}
