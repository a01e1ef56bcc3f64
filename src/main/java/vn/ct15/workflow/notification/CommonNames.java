package vn.ct15.workflow.notification;

import java.util.Map;

/**
 * The names every message may use, from the organisation's directory and the plan's settings rather
 * than from the templates: {@code plan} ("Kế hoạch 77/KH-UBND"), {@code planCitation} ("Kế hoạch số
 * 77/KH-UBND ngày 23/3/2023"), {@code directive}, {@code directiveShort} ("Chỉ thị số 15-CT/TU"),
 * {@code organisation}, {@code coordinator}
 * ("Phòng Nội vụ"), {@code leadership} ("Ủy ban nhân dân quận"), {@code leadershipShort} ("UBND quận"),
 * {@code leadershipChair} ("Chủ tịch Ủy ban nhân dân quận"), {@code superior} (who receives the reports),
 * {@code supervisors}, and for each kind of unit that gets work its names, one and all
 * ({@code wardKind} "phường", {@code wards} "các phường"; {@code office…}, {@code armedForce…},
 * {@code publicService…}). The {@link Mailer} adds them to each model (a model's own value wins);
 * models and forms take them at deployment as {@code {{names.coordinator}}}.
 */
@FunctionalInterface
public interface CommonNames {

  Map<String, Object> names();
}
