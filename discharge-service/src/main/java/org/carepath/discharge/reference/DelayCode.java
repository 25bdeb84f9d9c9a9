package org.carepath.discharge.reference;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;


/** One delay reason code of one jurisdiction's code set. */
@Entity
@Table(name = "delay_code")
@IdClass(DelayCode.Key.class)
public class DelayCode {

    public record Key(String codeSet, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "code_set")
    private String codeSet;

    @Id
    private String code;

    @Column(nullable = false)
    private String reason;

    protected DelayCode() {
    }

    DelayCode(String codeSet, String code, String reason) {
        this.codeSet = codeSet;
        this.code = code;
        this.reason = reason;
    }

    public DelayReason toReason() {
        return new DelayReason(codeSet, code, reason);
    }

    public String codeSet() { return codeSet; }
    public String code() { return code; }
    public String reason() { return reason; }
}
