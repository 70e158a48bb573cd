import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** The tenant: an advocacy non-profit, a parent-training centre or a solo practice. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** IANA time zone, e.g. America/Chicago. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  /** Two-letter US state code: the organization's home jurisdiction. */
  @Column({ name: 'home_state', type: 'char', length: 2 })
  homeState!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
