package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an error answer's body becomes: its Vietnamese part, or a Vietnamese sentence for its status. */
class ErrorBodiesTest {

  @Test
  void shouldKeepTheVietnamesePartOfAWrappedMessage() {
    String body = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 3f2a: Không thể hoàn thành nhiệm vụ «Lập kế hoạch»:"
        + " Trường «Dân bàn» là bắt buộc.\",\"code\":0}";
    assertThat(ErrorBodies.rewrite(400, body, "/camunda/api/engine/engine/default/task/3f2a/submit-form"))
        .isEqualTo("{\"type\":\"InvalidRequest\",\"message\":\"Không thể hoàn thành nhiệm vụ «Lập kế hoạch»:"
            + " Trường «Dân bàn» là bắt buộc.\",\"code\":0}");
  }

  @Test
  void shouldReplaceTheEnginesOwnTextByStatus() {
    String conflict = "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4d1]'"
        + " failed. Entity was updated by another transaction concurrently.\"}";
    assertThat(ErrorBodies.rewrite(409, conflict, "/engine-rest/task/1/complete"))
        .contains("\"type\":\"Conflict\"").contains(ClearRestErrors.COLLISION).doesNotContain("ENGINE-", "Entity");
    String server = "{\"type\":\"ProcessEngineException\",\"message\":\"Cannot complete task 1: ENGINE-03051 There was an exception"
        + " while invoking the TaskListener. Message: 'x'\"}";
    assertThat(ErrorBodies.rewrite(500, server, "/engine-rest/task/1/complete"))
        .isEqualTo("{\"type\":\"ServerError\",\"message\":\"" + ErrorBodies.SERVER_ERROR + "\"}");
    assertThat(ErrorBodies.rewrite(400, "{\"type\":\"InvalidRequestException\",\"message\":\"\"}", "/engine-rest/task"))
        .contains(ErrorBodies.BAD_REQUEST);
    assertThat(ErrorBodies.rewrite(404, "{\"type\":\"InvalidRequestException\",\"message\":\"No task found for task id 7\"}", "/x"))
        .contains(ErrorBodies.NOT_FOUND);
  }

  @Test
  void shouldGiveSpringsOwnErrorsAVietnameseMessage() {
    String spring = "{\"timestamp\":\"2026-12-06T10:00:00.000+00:00\",\"status\":405,\"error\":\"Method Not Allowed\",\"path\":\"/ct15/api/progress\"}";
    assertThat(ErrorBodies.rewrite(405, spring, "/error")).contains(ErrorBodies.NOT_ALLOWED).doesNotContain("Method Not Allowed");
  }

  @Test
  void shouldNameTheKindOfErrorNotTheClassThatFailed() {
    String body = "{\"type\":\"AuthorizationException\",\"message\":\"Không được sửa thông tin của nhiệm vụ.\"}";
    assertThat(ErrorBodies.rewrite(403, body, "/engine-rest/task/1")).isEqualTo(
        "{\"type\":\"Forbidden\",\"message\":\"Không được sửa thông tin của nhiệm vụ.\"}");
  }

  @Test
  void shouldLeaveAVietnameseAnswerAsItIs() {
    String body = "{\"type\":\"Forbidden\",\"message\":\"Không được sửa thông tin của nhiệm vụ.\",\"userId\":\"a\"}";
    assertThat(ErrorBodies.rewrite(403, body, "/engine-rest/task/1")).isNull();
    assertThat(ErrorBodies.rewrite(400, "[1, 2]", "/engine-rest/task")).as("not an error object").isNull();
  }
}
