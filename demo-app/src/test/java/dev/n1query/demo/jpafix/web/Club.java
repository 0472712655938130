package dev.n1query.demo.jpafix.web;

/**
 * Test-only DTO named like the entity {@link dev.n1query.demo.jpafix.Club}: N1 must not take
 * the JSON's reads of it for reads of the entity.
 *
 * @param name the club's name
 * @param memberCount its members, counted in Java
 */
public record Club(String name, int memberCount) {

}
