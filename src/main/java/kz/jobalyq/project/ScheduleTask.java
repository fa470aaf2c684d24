package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A task of the project's calendar schedule (work breakdown structure). */
@Entity
@Table(name = "schedule_task")
public class ScheduleTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "plan_id")
  private Long planId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "wbs_code", nullable = false, length = 50)
  private String wbsCode;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "control_point", nullable = false)
  private boolean controlPoint;

  @Column(name = "change_request_number", length = 60)
  private String changeRequestNumber;

  protected ScheduleTask() {
  }

  ScheduleTask(Long projectId, Long planId, Long parentId, String wbsCode, String name, LocalDate startDate,
      LocalDate endDate, boolean controlPoint, String changeRequestNumber) {
    this.projectId = projectId;
    this.planId = planId;
    this.parentId = parentId;
    this.wbsCode = wbsCode;
    this.name = name;
    this.startDate = startDate;
    this.endDate = endDate;
    this.controlPoint = controlPoint;
    this.changeRequestNumber = changeRequestNumber;
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getWbsCode() {
    return wbsCode;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public boolean isControlPoint() {
    return controlPoint;
  }

  public String getChangeRequestNumber() {
    return changeRequestNumber;
  }
}
