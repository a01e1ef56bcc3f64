package vn.ct15.workflow.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TaskStateTest {

  static final Duration WEEK = Duration.ofDays(7);
  static final Date NOW = Date.from(Instant.parse("2026-04-05T02:00:00Z"));

  static Date days(long days) {
    return Date.from(NOW.toInstant().plus(Duration.ofDays(days)));
  }

  @Test
  void shouldJudgeAFinishedTaskByItsEndAgainstItsDueDate() {
    assertThat(TaskState.of(days(0), days(-1), NOW, WEEK)).isEqualTo(TaskState.ON_TIME);
    assertThat(TaskState.of(days(-1), days(-1), NOW, WEEK)).as("on the due instant").isEqualTo(TaskState.ON_TIME);
    assertThat(TaskState.of(days(-2), days(-1), NOW, WEEK)).isEqualTo(TaskState.LATE);
    assertThat(TaskState.of(null, days(-1), NOW, WEEK)).as("no due date").isEqualTo(TaskState.ON_TIME);
  }

  @Test
  void shouldJudgeAnOpenTaskByItsDueDateAgainstNow() {
    assertThat(TaskState.of(days(-1), null, NOW, WEEK)).isEqualTo(TaskState.OVERDUE);
    assertThat(TaskState.of(days(3), null, NOW, WEEK)).isEqualTo(TaskState.IN_PROGRESS);
    assertThat(TaskState.of(days(7), null, NOW, WEEK)).as("the window's last instant").isEqualTo(TaskState.IN_PROGRESS);
    assertThat(TaskState.of(days(8), null, NOW, WEEK)).isEqualTo(TaskState.NOT_YET_DUE);
    assertThat(TaskState.of(null, null, NOW, WEEK)).as("no due date").isEqualTo(TaskState.IN_PROGRESS);
  }

  @Test
  void shouldSpeakVietnameseAndCarryStableCodes() {
    assertThat(TaskState.NOT_YET_DUE.code()).isEqualTo("not-yet-due");
    assertThat(TaskState.NOT_YET_DUE.label()).isEqualTo("Chưa đến hạn");
    assertThat(TaskState.LATE.label()).isEqualTo("Hoàn thành trễ hạn");
  }
}
