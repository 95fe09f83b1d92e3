-- Whether a person gets an e-mail when someone recognises them (or their team); on unless they turn it off.
alter table account add column notices boolean default true not null;
