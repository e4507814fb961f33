package de.pilotnetz.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed login, kept 15 minutes for rate limiting (in the database, so every node sees it). */
@Entity
@Table(name = "login_failure")
class LoginFailure {
  @Id
  @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
  Long id;

  @Column(nullable = false)
  String email;

  @Column(nullable = false)
  String address;

  @Column(nullable = false)
  Instant at;

  protected LoginFailure() {}

  LoginFailure(String email, String address, Instant at) {
    this.email = email;
    this.address = address;
    this.at = at;
  }
}
