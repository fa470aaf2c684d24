package kz.jobalyq.system.directory;

import java.util.List;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators edit which directory group gives which role group. */
@RestController
@RequestMapping("/api/admin/directory-roles")
@PreAuthorize(Role.ADMIN_ONLY)
public class DirectoryRoleMappingController {

  private final DirectoryRoleMapping mapping;

  public DirectoryRoleMappingController(DirectoryRoleMapping mapping) {
    this.mapping = mapping;
  }

  @GetMapping
  public List<DirectoryRoleMapping.Entry> list() {
    return mapping.entries();
  }

  @PostMapping
  public DirectoryRoleMapping.Entry add(@RequestBody DirectoryRoleMapping.Entry entry) {
    return mapping.add(entry.directoryGroup(), entry.roleGroup());
  }

  @DeleteMapping
  public ResponseEntity<Void> remove(@RequestParam String directoryGroup, @RequestParam String roleGroup) {
    if (!mapping.remove(directoryGroup, roleGroup)) {
      throw new NotFoundException(Messages.text("notFound.directoryMapping", directoryGroup, roleGroup));
    }
    return ResponseEntity.noContent().build();
  }
}
