package id.portaldesa.village;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the official list of provinces, regencies, districts and villages (read-only). */
@Entity
@Table(name = "region")
@Cacheable(false)
public class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int depth;

    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getDepth() {
        return depth;
    }

    public String getParentCode() {
        return parentCode;
    }
}
