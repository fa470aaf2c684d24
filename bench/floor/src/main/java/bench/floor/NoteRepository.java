package bench.floor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** One repository with a derived query, so that Spring Data builds one as the platform's are built. */
public interface NoteRepository extends JpaRepository<Note, Long> {

  List<Note> findByText(String text);
}
