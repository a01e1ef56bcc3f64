package vn.ct15.workflow.extension;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param decideWithin how many working days Phòng Nội vụ has to decide a request (ISO period of days, {@code P2D})
 * @param reasonMinLength the shortest reason accepted, in characters
 */
@ConfigurationProperties("ct15.extension")
record ExtensionProperties(String decideWithin, int reasonMinLength) {}
