package org.custodian.analysis;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.Iterator;
import org.custodian.model.Person;

/**
 * An unmodifiable list of some of an organisation's people, kept as a bit per person so that an
 * organisation of hundreds reaching a hundred thousand assets stays small.
 */
final class PeopleSubset extends AbstractList<Person> {
    private final Person[] people;
    private final BitSet members;
    private final int size;

    PeopleSubset(Person[] people, BitSet members) {
        this.people = people;
        this.members = members;
        this.size = members.cardinality();
    }

    @Override
    public Person get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int bit = members.nextSetBit(0);
        for (int i = 0; i < index; i++) {
            bit = members.nextSetBit(bit + 1);
        }
        return people[bit];
    }

    @Override
    public Iterator<Person> iterator() {
        return members.stream().mapToObj(bit -> people[bit]).iterator();
    }

    @Override
    public int size() {
        return size;
    }
}
