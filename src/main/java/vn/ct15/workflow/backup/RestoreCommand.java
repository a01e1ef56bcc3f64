package vn.ct15.workflow.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * {@code java -jar ct15-workflow.jar restore <backup.zip> [<folder>]}: puts a backup's database into
 * a folder that holds none (default {@code ./data}), after checking that the backup opens and holds
 * the engine's tables, and says what it holds. The application started on that folder then goes on
 * with every cycle as it stood when the backup was taken. It runs without starting the application;
 * the database's user and password are read from {@code SPRING_DATASOURCE_USERNAME} and
 * {@code SPRING_DATASOURCE_PASSWORD} (default {@code sa}, empty), as the application reads them.
 */
public final class RestoreCommand {

  static final String COMMAND = "restore";

  private RestoreCommand() {}

  /** Whether the program's arguments ask for a restore rather than the application. */
  public static boolean asked(String... args) {
    return args.length > 0 && COMMAND.equals(args[0]);
  }

  /** Runs the command with the program's arguments ({@code restore <backup.zip> [<folder>]}); the exit code (0 restored, 1 refused). */
  public static int run(String[] args, Map<String, String> environment, PrintStream out) {
    if (args.length < 2 || args.length > 3) {
      out.println("Cách dùng: java -jar ct15-workflow.jar restore <tệp sao lưu .zip> [<thư mục dữ liệu>, mặc định ./data]");
      return 1;
    }
    Path zip = Path.of(args[1]).toAbsolutePath().normalize();
    Path folder = Path.of(args.length == 3 ? args[2] : "data").toAbsolutePath().normalize();
    if (!Files.isRegularFile(zip)) {
      out.println("Không tìm thấy tệp sao lưu " + zip + ".");
      return 1;
    }
    Optional<String> name = databaseName(zip);
    if (name.isEmpty()) {
      out.println("Tệp " + zip + " không phải bản sao lưu của hệ thống CT15 (không có tệp cơ sở dữ liệu .mv.db bên trong).");
      return 1;
    }
    Path database = folder.resolve(name.get() + ".mv.db");
    if (Files.exists(database)) {
      out.println("Thư mục " + folder + " đã có cơ sở dữ liệu " + database.getFileName() + ". Hãy dừng ứng dụng, chuyển thư mục "
          + "này sang chỗ khác (giữ lại) rồi khôi phục vào một thư mục chưa có cơ sở dữ liệu.");
      return 1;
    }
    String user = environment.getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
    String password = environment.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    Map<String, Long> rows;
    try {
      rows = DatabaseBackup.check(new EmbeddedDatabase(folder, name.get()).urlInside(zip), user, password);
    } catch (BackupException unreadable) {
      out.println(unreadable.missingTable() != null
          ? "Tệp " + zip + " không phải bản sao lưu đầy đủ của hệ thống CT15 (thiếu bảng " + unreadable.missingTable()
              + "); không khôi phục gì."
          : "Không mở được bản sao lưu " + zip + "; không khôi phục gì. Chi tiết kỹ thuật: " + unreadable.getMessage());
      return 1;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      out.println("Không tạo được thư mục " + folder + ": " + e.getMessage());
      return 1;
    }
    Restore.execute(zip.toString(), folder.toString(), name.get());
    out.println("Đã khôi phục " + zip.getFileName() + " vào " + database + ": " + rows.get("ACT_RU_EXECUTION")
        + " luồng quy trình đang chạy, " + rows.get("ACT_RU_TASK") + " nhiệm vụ đang mở, " + rows.get("ACT_RU_JOB")
        + " công việc hẹn giờ, " + rows.get("ACT_HI_PROCINST") + " quy trình trong lịch sử, " + rows.get("ACT_ID_USER")
        + " người dùng. Khởi động ứng dụng với cơ sở dữ liệu trong thư mục này như thường lệ.");
    return 0;
  }

  /** The name of the database a backup holds: its {@code .mv.db} file without the extension. */
  static Optional<String> databaseName(Path zip) {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      return file.stream().map(ZipEntry::getName).filter(entry -> entry.endsWith(".mv.db") && !entry.contains("/"))
          .map(entry -> entry.substring(0, entry.length() - ".mv.db".length())).findFirst();
    } catch (IOException notAZip) {
      return Optional.empty();
    }
  }
}
