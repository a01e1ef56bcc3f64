package vn.ct15.workflow.issuance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisation's outgoing register ("sổ đăng ký văn bản đi", Nghị định 30/2020/NĐ-CP, Điều 15
 * and 16): each issued document's number, consecutive per issuing organisation and calendar year
 * from 1, with its symbol, date, title, signer and the process instance that issued it.
 *
 * <p>A table of the product's own in the engine's database, written in the engine's transaction: a
 * number exists only for a document whose issuance committed, so none is skipped and none is given
 * twice. The next number is read, the document signed with it, and the entry inserted; when another
 * transaction registered that number first (two documents at the same moment, on one node or two),
 * the primary key refuses the second (or, on H2, its wait for the first one's lock times out), whose
 * transaction rolls back entirely and runs again at once
 * ({@link RegisterNumberTaken}) with the next number.
 */
@Component
public class OutgoingRegister {

  static final String TABLE = "CT15_OUTGOING_REGISTER";
  private static final String DOCUMENT_CONSTRAINT = "CT15_REGISTER_DOCUMENT";
  private static final String COLUMNS = "ISSUER_, YEAR_, NUMBER_, SYMBOL_, ISSUED_ON_, SIGNED_AT_, TITLE_, SIGNER_ID_, SIGNER_, "
      + "SIGNER_TITLE_, DOCUMENT_KEY_, PROC_INST_ID_, FILE_NAME_";

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public OutgoingRegister(DataSource dataSource, @Value("${ct15.zone}") String zone) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.zone = ZoneId.of(zone);
    createTable();
  }

  /** The table, created at the first start; two nodes starting together may both try. */
  private void createTable() {
    try {
      jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
          + "ISSUER_ VARCHAR(255) NOT NULL, YEAR_ INTEGER NOT NULL, NUMBER_ INTEGER NOT NULL, SYMBOL_ VARCHAR(64) NOT NULL, "
          + "ISSUED_ON_ DATE NOT NULL, SIGNED_AT_ TIMESTAMP NOT NULL, TITLE_ VARCHAR(1000) NOT NULL, SIGNER_ID_ VARCHAR(64), "
          + "SIGNER_ VARCHAR(255), SIGNER_TITLE_ VARCHAR(255), DOCUMENT_KEY_ VARCHAR(255) NOT NULL, PROC_INST_ID_ VARCHAR(64), "
          + "FILE_NAME_ VARCHAR(255), "
          + "CONSTRAINT CT15_REGISTER_PK PRIMARY KEY (ISSUER_, YEAR_, NUMBER_), "
          + "CONSTRAINT " + DOCUMENT_CONSTRAINT + " UNIQUE (DOCUMENT_KEY_))");
    } catch (DataAccessException raced) {
      // the other node created it at the same moment: it must be there now
      jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0", Integer.class);
    }
  }

  /** The number the next document of this issuer and year would get. */
  int next(String issuer, int year) {
    Integer last = jdbc.queryForObject("SELECT MAX(NUMBER_) FROM " + TABLE + " WHERE ISSUER_ = ? AND YEAR_ = ?",
        Integer.class, issuer, year);
    return last == null ? 1 : last + 1;
  }

  /**
   * Registers an issued document, in the caller's transaction.
   *
   * @throws RegisterNumberTaken when another document took its number first (run again: it gets the next)
   */
  void register(RegisterEntry entry) {
    try {
      jdbc.update("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          entry.issuer(), entry.year(), entry.number(), entry.symbol(), Date.valueOf(entry.issuedOn()),
          Timestamp.from(entry.signedAt().toInstant()), entry.title(), entry.signerId(), entry.signer(), entry.signerTitle(),
          entry.documentKey(), entry.processInstanceId(), entry.fileName());
    } catch (DuplicateKeyException | PessimisticLockingFailureException taken) {
      // after a refused statement PostgreSQL takes no other in this transaction: tell the constraints apart by name
      if (String.valueOf(taken.getMostSpecificCause().getMessage()).toUpperCase(Locale.ROOT).contains(DOCUMENT_CONSTRAINT)) {
        throw new IllegalStateException("Văn bản " + entry.documentKey() + " đã được vào sổ văn bản đi; không cấp số lần hai.");
      }
      throw new RegisterNumberTaken("Số " + entry.numberAndSymbol() + " vừa được cấp cho văn bản khác; cấp số tiếp theo.", taken);
    }
  }

  /** The entry of a document, if it was issued. */
  public Optional<RegisterEntry> find(String documentKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE DOCUMENT_KEY_ = ?", this::entry, documentKey)
        .stream().findFirst();
  }

  /** A year's register, in number order, every issuer's. */
  public List<RegisterEntry> year(int year) {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE YEAR_ = ? ORDER BY ISSUER_, NUMBER_", this::entry, year);
  }

  private RegisterEntry entry(ResultSet row, int index) throws SQLException {
    return new RegisterEntry(row.getString("ISSUER_"), row.getInt("YEAR_"), row.getInt("NUMBER_"), row.getString("SYMBOL_"),
        row.getDate("ISSUED_ON_").toLocalDate(), row.getTimestamp("SIGNED_AT_").toInstant().atZone(zone).toOffsetDateTime(),
        row.getString("TITLE_"), row.getString("SIGNER_ID_"), row.getString("SIGNER_"), row.getString("SIGNER_TITLE_"),
        row.getString("DOCUMENT_KEY_"), row.getString("PROC_INST_ID_"), row.getString("FILE_NAME_"));
  }
}
