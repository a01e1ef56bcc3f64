package vn.ct15.workflow.notification;

import java.util.Map;

/**
 * The names every message may use, from the organisation's directory and the plan's settings rather
 * than from the templates: {@code plan} ("Kế hoạch 77/KH-UBND"), {@code planCitation} ("Kế hoạch số
 * 77/KH-UBND ngày 23/3/2023"), {@code directive}, {@code organisation}, {@code coordinator}
 * ("Phòng Nội vụ"), {@code leadership} ("Ủy ban nhân dân quận"). The {@link Mailer} adds them to each
 * model (a model's own value wins).
 */
@FunctionalInterface
public interface CommonNames {

  Map<String, Object> names();
}
