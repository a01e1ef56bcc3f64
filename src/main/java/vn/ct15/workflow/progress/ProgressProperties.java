package vn.ct15.workflow.progress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The progress dashboard (Mục II.5, Kế hoạch 77/KH-UBND: Phòng Nội vụ monitors every unit's duties);
 * its columns are the sections' duties ({@code PlanSections}).
 *
 * @param dueSoon an open task due within this time from now is "đang thực hiện" (in progress: its
 *     deadline is near), one due later "chưa đến hạn" (not yet due)
 */
@ConfigurationProperties("ct15.progress")
record ProgressProperties(Duration dueSoon) {}
