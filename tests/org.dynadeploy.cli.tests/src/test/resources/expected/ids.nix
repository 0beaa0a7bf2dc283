{
  ids = {
    ports = {
      web = 3000;
    };
    uids = {
      roomsdb = 2000;
    };
  };
  lastAssignments = {
    ports = 3000;
    uids = 2000;
  };
  lastAssignmentsPerTarget = {
    test1 = {
      ports = 3000;
    };
  };
}
